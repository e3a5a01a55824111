package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
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
final class RelationsGenerator extends SourceFileGenerator<EntityModel> {
  private final StructureResourceWriter structure;

  RelationsGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
    this.structure = new StructureResourceWriter(env, model);
  }

  @Override
  TypeElement originatingElement(EntityModel entity) {
    return entity.element();
  }

  @Override
  TypeSpec.Builder write(EntityModel entity) {
    ClassName type = ClassName.get(entity.element());
    MetamodelNames names = MetamodelNames.of(model, entity);
    List<RelationshipModel> relationships = model.relationshipsOf(entity);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(names.className())
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .superclass(RuntimeNames.ENTITY_RELATIONS)
            .addJavadoc(
                "The generated base class of {@link $T}: its table and typed columns for jOOQ queries, its\n"
                    + "relationship descriptors, and accessors that keep both sides of every relationship in step. The\n"
                    + "runtime reads the structure behind them once, from the string that {@code TYPE} passes.\n",
                type);
    // First: every other constant reads it.
    spec.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(RuntimeNames.ENTITY_TYPE, type),
                "TYPE",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(
                "$T.<$T>bootstrap($T.lookup(), $T.class,\n$>$>$L$<$<)",
                RuntimeNames.ENTITY_TYPE,
                type,
                RuntimeNames.METHOD_HANDLES,
                type,
                StructureLiteral.of(structure.entityText(entity)))
            .build());
    spec.addField(
        FieldSpec.builder(
                RuntimeNames.TABLE_OF_RECORD,
                "TABLE",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("TYPE.table()")
            .build());
    for (ColumnModel c : entity.columns()) {
      TypeName value = RuntimeNames.columnType(c.type());
      spec.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(RuntimeNames.FIELD, value),
                  names.column(c.javaName()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("TYPE.<$T>field($S)", value, c.javaName())
              .build());
    }
    for (RelationshipModel r : relationships) {
      ClassName target = target(r);
      boolean collection = r.shape().isCollection();
      spec.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(
                      collection
                          ? RuntimeNames.COLLECTION_RELATIONSHIP
                          : RuntimeNames.SCALAR_RELATIONSHIP,
                      type,
                      target),
                  names.relationship(r.name()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(
                  "TYPE.<$T>$L($S)", target, collection ? "collection" : "scalar", r.name())
              .build());
    }
    for (RelationshipModel r : relationships) {
      if (r.isMaterialized()) {
        // Package-private: the runtime's accessor, defined in this package, reads and writes it.
        spec.addField(FieldSpec.builder(storageType(r), r.name()).build());
      }
    }
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build());
    for (RelationshipModel r : relationships) {
      addAccessors(spec, type, names.relationship(r.name()), r);
    }
    return spec;
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

  private void addAccessors(
      TypeSpec.Builder spec, ClassName type, String constant, RelationshipModel r) {
    ClassName target = target(r);
    String mirror = mirrorNote(r, ", mirrored onto ");
    String suffix = Names.capitalize(r.name());
    if (r.shape() == Shape.SCALAR) {
      spec.addMethod(
          MethodSpec.methodBuilder("get" + suffix)
              .addModifiers(Modifier.PUBLIC)
              .returns(target)
              .addJavadoc("The related {@code $L}, or null.\n", r.name())
              .addStatement("return $L.get(($T) this)", constant, type)
              .build());
      spec.addMethod(
          MethodSpec.methodBuilder("set" + suffix)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(target, r.name())
              .addJavadoc("Sets {@code $L}$L.\n", r.name(), mirror)
              .addStatement("$L.set(($T) this, $L)", constant, type, r.name())
              .build());
      return;
    }
    String access = r.shape().name().toLowerCase(Locale.ROOT);
    spec.addMethod(
        MethodSpec.methodBuilder("get" + suffix)
            .addModifiers(Modifier.PUBLIC)
            .returns(storageType(r))
            .addJavadoc(
                "The live {@code $L}, never null$L.\n",
                r.name(),
                mirrorNote(r, "; every change mirrors onto "))
            .addStatement("return $L.$L(($T) this)", constant, access, type)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("set" + suffix)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(
                ParameterizedTypeName.get(
                    RuntimeNames.COLLECTION, WildcardTypeName.subtypeOf(target)),
                r.name())
            .addJavadoc(
                "Replaces the contents of {@code $L} with {@code $L}, in order$L.\n",
                r.name(),
                r.name(),
                mirror)
            .addStatement("$L.replace(($T) this, $L)", constant, type, r.name())
            .build());
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

  private ClassName target(RelationshipModel r) {
    Resolution res = model.resolution(r);
    if (!res.isResolved() || res.target() == null) {
      throw new IllegalStateException(
          r + " is unresolved (" + res.joinProblem() + "); validation should have reported it");
    }
    return ClassName.get(res.target().element());
  }

  private TypeName storageType(RelationshipModel r) {
    return RuntimeNames.storageType(r.shape(), target(r));
  }
}
