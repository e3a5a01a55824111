package org.relata.processor.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.relata.Cascade;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JoinModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;

/**
 * Writes the structure of an entity or association table (its table, columns, keys and
 * relationships): an entity's as the text that its {@code ERelations} passes to the runtime (see
 * {@link RelationsGenerator}), an association table's, which has no generated source, to {@code
 * META-INF/relata/<binary name>.relata} in the class output. The runtime reads each once per type.
 *
 * <p>The format is version 1: UTF-8, one record per line ending in {@code \n}, and every field of a
 * record written, separated by one tab, an absent value as the empty string. Class names are binary
 * names. The same model always gives the same bytes.
 */
final class StructureResourceWriter {
  /** The format version, the second field of the first line. */
  static final int VERSION = 1;

  private final ProcessingEnvironment env;
  private final Model model;

  StructureResourceWriter(ProcessingEnvironment env, Model model) {
    this.env = env;
    this.model = model;
  }

  /**
   * The resource of the class with binary name {@code binaryName}, relative to the class output.
   */
  static String resourceName(String binaryName) {
    return "META-INF/relata/" + binaryName + ".relata";
  }

  /** Writes the resource of {@code table}. */
  void write(AssociationTableModel table) {
    write(table.element(), tableText(table));
  }

  /** The structure of {@code entity}, one record per line. */
  String entityText(EntityModel entity) {
    TypeElement type = entity.element();
    StringBuilder out = new StringBuilder();
    record(out, "relata", Integer.toString(VERSION), "entity", binaryName(type));
    record(out, "table", entity.schemaName(), entity.tableName());
    boolean instantiable =
        entity.hasNoArgConstructor() && !type.getModifiers().contains(Modifier.ABSTRACT);
    record(out, "constructor", Boolean.toString(instantiable));
    columns(out, entity.columns());
    for (RelationshipModel r : model.relationshipsOf(entity)) {
      relationship(out, r);
    }
    return out.toString();
  }

  String tableText(AssociationTableModel table) {
    StringBuilder out = new StringBuilder();
    record(out, "relata", Integer.toString(VERSION), "association", binaryName(table.element()));
    record(out, "table", table.schemaName(), table.tableName());
    columns(out, table.columns());
    return out.toString();
  }

  private void columns(StringBuilder out, List<ColumnModel> columns) {
    for (ColumnModel c : columns) {
      List<String> flags = new ArrayList<>();
      if (c.id()) {
        flags.add("id");
      }
      if (c.generated()) {
        flags.add("generated");
      }
      if (RuntimeNames.isEnum(c.type())) {
        flags.add("enum");
      }
      String access =
          c.access() == ColumnModel.Access.PROPERTY
              ? "property:" + c.getterName() + ":" + c.setterName()
              : "field";
      EntityModel target = c.isForeignKey() ? model.entity(c.foreignKey().targetName()) : null;
      record(
          out,
          "column",
          c.javaName(),
          c.columnName(),
          valueClass(c.type()),
          String.join(",", flags),
          access,
          target == null ? "" : binaryName(target.element()),
          target == null ? "" : c.foreignKey().onDelete().name());
    }
  }

  private void relationship(StringBuilder out, RelationshipModel r) {
    Resolution res = model.resolution(r);
    if (!res.isResolved()) {
      throw new IllegalStateException(
          r + " is unresolved (" + res.joinProblem() + "); validation should have reported it");
    }
    List<String> cascade = new ArrayList<>();
    for (Cascade c : r.cascade()) {
      cascade.add(c.name());
    }
    List<String> flags = new ArrayList<>();
    if (r.passiveDeletes()) {
      flags.add("passiveDeletes");
    }
    if (r.viewonly()) {
      flags.add("viewonly");
    }
    record(
        out,
        "relationship",
        r.name(),
        res.direction().name(),
        r.shape().name(),
        binaryName(res.target().element()),
        res.reverse() == null ? "" : res.reverse().name(),
        join(res.join()),
        r.lazy().name(),
        String.join(",", cascade),
        String.join(",", flags),
        r.orderBy());
  }

  private String join(JoinModel join) {
    if (join instanceof JoinModel.ForeignKeyJoin fk) {
      return "fk:"
          + binaryName(fk.holder().element())
          + ":"
          + fk.foreignKey().javaName()
          + ":"
          + fk.ownerHoldsKey();
    }
    JoinModel.SecondaryJoin s = (JoinModel.SecondaryJoin) join;
    TypeElement table = s.table() != null ? s.table().element() : s.associationEntity().element();
    return "secondary:"
        + binaryName(table)
        + ":"
        + s.ownerColumn().javaName()
        + ":"
        + s.targetColumn().javaName();
  }

  /**
   * The runtime class of a column's values, as {@code Class.forName} takes it: primitives boxed,
   * and {@code byte[]} as {@code [B}.
   */
  private String valueClass(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return binaryName(env.getTypeUtils().boxedClass((PrimitiveType) type));
    }
    if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
      return "[B";
    }
    if (type instanceof DeclaredType declared) {
      return binaryName((TypeElement) declared.asElement());
    }
    throw new IllegalStateException(type + " is no column type; validation should have said so");
  }

  private String binaryName(TypeElement type) {
    return env.getElementUtils().getBinaryName(type).toString();
  }

  private static void record(StringBuilder out, String... fields) {
    out.append(String.join("\t", fields)).append('\n');
  }

  /**
   * Writes {@code text} through the Filer. The class is the only originating element, as for its
   * generated source: Gradle's isolating mode requires exactly one per generated resource.
   */
  private void write(TypeElement type, String text) {
    String name = resourceName(binaryName(type));
    try {
      FileObject file =
          env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name, type);
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name, e);
    }
  }
}
