package org.relata.processor.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.Names;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;
import org.relata.processor.model.Shape;

/**
 * Writes {@code ERelations}, the one generated source of an entity and the base class it extends:
 * its {@code EntityType}, table and typed columns, a descriptor per relationship, typed accessors
 * that keep both sides of every relationship in step, and the storage fields of the sides
 * materialized from a {@code @Backref}.
 *
 * <p>The constants only name things: the structure behind them (table, columns, keys, joins,
 * orders) is one string constant, the text that {@link StructureResourceWriter} writes, one record
 * per source line, which {@code TYPE} passes to the runtime; javac only folds it, and the runtime
 * parses it once, when {@code TYPE} initialises. It is no resource: every file the Filer creates
 * makes each later one dearer to create. Every call has explicit type arguments, and there are no
 * lambdas, no builder chains and no Javadoc on the constants: javac then checks each line directly,
 * which is what keeps a large model cheap to compile.
 */
final class RelationsGenerator extends EntitySourceGenerator {
  private final StructureResourceWriter structure;

  RelationsGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
    this.structure = new StructureResourceWriter(env, model);
  }

  @Override
  String javadoc(SourceText text, EntityModel entity) {
    return "The generated base class of {@link "
        + text.name(entity.element())
        + "}: its table and typed columns for jOOQ queries, its\n"
        + "relationship descriptors, and accessors that keep both sides of every relationship in"
        + " step. The\n"
        + "runtime reads the structure behind them once, from the string that {@code TYPE}"
        + " passes.";
  }

  @Override
  void members(SourceText text, StringBuilder out, EntityModel entity) {
    String type = text.name(entity.element());
    MetamodelNames names = MetamodelNames.of(model, entity);
    List<RelationshipModel> relationships = model.relationshipsOf(entity);
    String entityType = text.name(META, "EntityType");
    // First: every other constant reads it.
    constant(out, entityType + "<" + type + ">", "TYPE")
        .append(entityType)
        .append(".<")
        .append(type)
        .append(">bootstrap(")
        .append(text.name("java.lang.invoke", "MethodHandles"))
        .append(".lookup(), ")
        .append(type)
        .append(".class,\n");
    StructureLiteral.append(text, out, structure.entityText(entity));
    out.append(");\n");
    constant(
            out,
            text.name("org.jooq", "Table") + "<" + text.name("org.jooq", "Record") + ">",
            "TABLE")
        .append("TYPE.table();\n");
    String field = text.name("org.jooq", "Field");
    for (ColumnModel c : entity.columns()) {
      String value = text.boxed(c.type());
      constant(out, field + "<" + value + ">", names.column(c.javaName()))
          .append("TYPE.<")
          .append(value)
          .append(">field(")
          .append(SourceText.literal(c.javaName()))
          .append(");\n");
    }
    for (RelationshipModel r : relationships) {
      String target = target(text, r);
      boolean collection = r.shape().isCollection();
      String descriptor =
          text.name(META, collection ? "CollectionRelationship" : "ScalarRelationship");
      constant(out, descriptor + "<" + type + ", " + target + ">", names.relationship(r.name()))
          .append("TYPE.<")
          .append(target)
          .append('>')
          .append(collection ? "collection" : "scalar")
          .append('(')
          .append(SourceText.literal(r.name()))
          .append(");\n");
    }
    for (RelationshipModel r : relationships) {
      if (r.isMaterialized()) {
        // Package-private: the runtime's accessor, defined in this package, reads and writes it.
        out.append('\n')
            .append(INDENT)
            .append(storageType(text, r))
            .append(' ')
            .append(r.name())
            .append(";\n");
      }
    }
    out.append('\n');
    constructor(out, entity);
    for (RelationshipModel r : relationships) {
      accessors(text, out, type, names.relationship(r.name()), r);
    }
  }

  /** Starts {@code public static final <type> <name> = }, after a blank line. */
  private static StringBuilder constant(StringBuilder out, String type, String name) {
    return out.append('\n')
        .append(INDENT)
        .append("public static final ")
        .append(type)
        .append(' ')
        .append(name)
        .append(" = ");
  }

  /** The entity, the classes of its column values, and the target of every relationship. */
  @Override
  List<Element> uses(EntityModel entity) {
    List<Element> used = new ArrayList<>();
    used.add(entity.element());
    for (ColumnModel c : entity.columns()) {
      Element valueClass = Deprecations.element(c.type());
      if (valueClass != null) {
        used.add(valueClass);
      }
    }
    for (RelationshipModel r : model.relationshipsOf(entity)) {
      if (model.resolution(r).target() != null) {
        used.add(model.resolution(r).target().element());
      }
    }
    return used;
  }

  private void accessors(
      SourceText text, StringBuilder out, String type, String constant, RelationshipModel r) {
    String target = target(text, r);
    String name = r.name();
    String suffix = Names.capitalize(name);
    String mirror = mirrorNote(r, ", mirrored onto ");
    if (r.shape() == Shape.SCALAR) {
      method(out, "The related {@code " + name + "}, or null.", target + " get" + suffix + "()")
          .append("return ")
          .append(constant)
          .append(".get((")
          .append(type)
          .append(") this);\n");
      end(out);
      method(
              out,
              "Sets {@code " + name + "}" + mirror + ".",
              "void set" + suffix + "(" + target + " " + name + ")")
          .append(constant)
          .append(".set((")
          .append(type)
          .append(") this, ")
          .append(name)
          .append(");\n");
      end(out);
      return;
    }
    method(
            out,
            "The live {@code "
                + name
                + "}, never null"
                + mirrorNote(r, "; every change mirrors onto ")
                + ".",
            storageType(text, r) + " get" + suffix + "()")
        .append("return ")
        .append(constant)
        .append('.')
        .append(r.shape().name().toLowerCase(Locale.ROOT))
        .append("((")
        .append(type)
        .append(") this);\n");
    end(out);
    method(
            out,
            "Replaces the contents of {@code "
                + name
                + "} with {@code "
                + name
                + "}, in order"
                + mirror
                + ".",
            "void set"
                + suffix
                + "("
                + text.name("java.util", "Collection")
                + "<? extends "
                + target
                + "> "
                + name
                + ")")
        .append(constant)
        .append(".replace((")
        .append(type)
        .append(") this, ")
        .append(name)
        .append(");\n");
    end(out);
  }

  /** Starts a public method with its Javadoc: ends inside the body, indented for a statement. */
  private static StringBuilder method(StringBuilder out, String doc, String signature) {
    out.append('\n');
    javadoc(out, INDENT, doc);
    return out.append(INDENT)
        .append("public ")
        .append(signature)
        .append(" {\n")
        .append(INDENT)
        .append(INDENT);
  }

  private static void end(StringBuilder out) {
    out.append(INDENT).append("}\n");
  }

  /**
   * {@code lead} and the reverse side, such as {@code Address.user}; nothing for a side without
   * one.
   */
  private String mirrorNote(RelationshipModel r, String lead) {
    Resolution res = model.resolution(r);
    if (res.reverse() == null) {
      return "";
    }
    return lead
        + "{@code "
        + res.reverse().owner().getSimpleName()
        + "."
        + res.reverse().name()
        + "}";
  }

  private String target(SourceText text, RelationshipModel r) {
    Resolution res = model.resolution(r);
    if (!res.isResolved() || res.target() == null) {
      throw new IllegalStateException(
          r + " is unresolved (" + res.joinProblem() + "); validation should have reported it");
    }
    return text.name(res.target().element());
  }

  /** The declared type of a relationship's storage field: the target, or a collection of it. */
  private String storageType(SourceText text, RelationshipModel r) {
    String target = target(text, r);
    return switch (r.shape()) {
      case LIST -> text.name("java.util", "List") + "<" + target + ">";
      case SET -> text.name("java.util", "Set") + "<" + target + ">";
      case COLLECTION -> text.name("java.util", "Collection") + "<" + target + ">";
      default -> target;
    };
  }
}
