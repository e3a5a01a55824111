package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JoinModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;

/**
 * Writes {@code E_}: the table, a typed field per column, a descriptor per relationship and the
 * {@code EntityType}, and the nested accessor class that reads and writes the entity's fields. No
 * static initializer reads another entity's metamodel: other sides are named, and looked up by the
 * runtime when first needed, so two related metamodels never read each other's unset constants.
 */
final class MetamodelGenerator extends SourceFileGenerator<EntityModel> {
  private static final EnumSet<Cascade> DEFAULT_CASCADE =
      EnumSet.of(Cascade.SAVE_UPDATE, Cascade.MERGE);

  MetamodelGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
  }

  @Override
  TypeElement originatingElement(EntityModel entity) {
    return entity.element();
  }

  @Override
  TypeSpec.Builder write(EntityModel entity) {
    MetamodelNames names = MetamodelNames.of(model, entity);
    ClassName type = ClassName.get(entity.element());
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(names.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The metamodel of {@link $T}: its table, a typed field per column for jOOQ queries, and the\n"
                    + "descriptors that the runtime mirrors and persists its relationships with.\n",
                type);
    spec.addField(Snippets.tableField(entity.schemaName(), entity.tableName()));
    for (ColumnModel c : entity.columns()) {
      spec.addField(
          Snippets.columnField(
              entity.schemaName(), entity.tableName(), c, names.column(c.javaName())));
    }
    List<RelationshipModel> relationships = model.relationshipsOf(entity);
    // Before the descriptors, which read it while the class initialises.
    ClassName accessor = names.className().nestedClass(AccessorGenerator.CLASS_NAME);
    spec.addField(
        FieldSpec.builder(
                accessor, names.accessor(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Reads and writes the fields of {@link $T} for the descriptors below.\n", type)
            .initializer("new $T()", accessor)
            .build());
    int slot = entity.columns().size();
    for (RelationshipModel r : relationships) {
      spec.addField(relationshipField(entity, r, names, slot++));
    }
    // Last: it refers to the descriptors above, which must be initialised first.
    spec.addField(typeField(entity, names, relationships));
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addType(AccessorGenerator.of(model, entity).type());
    return spec;
  }

  /**
   * The entity, its no-argument constructor, its column fields or their accessors, the classes of
   * its column values, its declared relationship fields and every relationship's target.
   */
  @Override
  List<Element> uses(EntityModel entity) {
    List<Element> used = new ArrayList<>();
    TypeElement type = entity.element();
    used.add(type);
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && entity.hasNoArgConstructor()) {
        used.add(c);
      }
    }
    for (ColumnModel c : entity.columns()) {
      if (c.access() == ColumnModel.Access.FIELD) {
        used.add(c.element());
      } else if (c.access() == ColumnModel.Access.PROPERTY) {
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
          String name = m.getSimpleName().toString();
          boolean getter = name.equals(c.getterName()) && m.getParameters().isEmpty();
          boolean setter = name.equals(c.setterName()) && m.getParameters().size() == 1;
          if (getter || setter) {
            used.add(m);
          }
        }
      }
      Element valueClass = Deprecations.element(c.type());
      if (valueClass != null) {
        used.add(valueClass);
      }
    }
    for (RelationshipModel r : model.relationshipsOf(entity)) {
      if (!r.isMaterialized()) {
        used.add(r.field());
      }
      if (model.resolution(r).target() != null) {
        used.add(model.resolution(r).target().element());
      }
    }
    return used;
  }

  private FieldSpec relationshipField(
      EntityModel entity, RelationshipModel r, MetamodelNames names, int slot) {
    Resolution res = model.resolution(r);
    if (!res.isResolved()) {
      throw new IllegalStateException(
          r + " is unresolved (" + res.joinProblem() + "); validation should have reported it");
    }
    ClassName owner = ClassName.get(entity.element());
    ClassName target = ClassName.get(res.target().element());
    CodeBlock.Builder init = CodeBlock.builder();
    // Explicit type arguments, a slot of the accessor in place of lambdas, and other sides named
    // rather than supplied by lambdas: javac then checks each call directly instead of inferring
    // and attributing lambdas, the bulk of compiling a large model.
    if (r.shape().isCollection()) {
      init.add(
          "$T.<$T, $T>$L(",
          RuntimeNames.COLLECTION_RELATIONSHIP,
          owner,
          target,
          r.shape().name().toLowerCase(java.util.Locale.ROOT));
    } else {
      init.add("$T.<$T, $T>builder(", RuntimeNames.SCALAR_RELATIONSHIP, owner, target);
    }
    init.add(
        "$>$>$>$>\n$S, $T.class, $T.class, $T.$L, $L, $L)$<$<",
        r.name(),
        owner,
        target,
        RuntimeNames.RELATIONSHIP_KIND,
        res.direction().name(),
        names.accessor(),
        slot);
    if (res.reverse() != null) {
      init.add("\n.backPopulates($S)", res.reverse().name());
    }
    if (res.join() instanceof JoinModel.ForeignKeyJoin fk) {
      init.add(
          "\n.foreignKeyJoin($T.class, $S, $L)",
          ClassName.get(fk.holder().element()),
          fk.foreignKey().javaName(),
          fk.ownerHoldsKey());
    } else {
      init.add("\n.join(() -> $L)", Snippets.join(model, res.join()));
    }
    if (r.lazy() != Lazy.SELECT) {
      init.add("\n.lazy($T.$L)", RuntimeNames.LAZY, r.lazy().name());
    }
    if (r.cascade().isEmpty()) {
      init.add("\n.noCascade()");
    } else if (!EnumSet.copyOf(r.cascade()).equals(DEFAULT_CASCADE)) {
      init.add("\n.cascade(");
      for (int i = 0; i < r.cascade().size(); i++) {
        init.add(i == 0 ? "$T.$L" : ", $T.$L", RuntimeNames.CASCADE, r.cascade().get(i).name());
      }
      init.add(")");
    }
    if (r.passiveDeletes()) {
      init.add("\n.passiveDeletes()");
    }
    if (r.viewonly()) {
      init.add("\n.viewonly()");
    }
    if (!r.orderBy().isEmpty()) {
      init.add("\n.orderBy($S)", r.orderBy());
    }
    init.add("\n.build()$<$<");
    ClassName descriptor =
        r.shape().isCollection()
            ? RuntimeNames.COLLECTION_RELATIONSHIP
            : RuntimeNames.SCALAR_RELATIONSHIP;
    FieldSpec.Builder field =
        FieldSpec.builder(
            ParameterizedTypeName.get(descriptor, owner, target),
            names.relationship(r.name()),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL);
    if (r.isMaterialized()) {
      field.addJavadoc(
          "The {@code $L} side generated by {@code @Backref($S)} on {@code $L.$L}.\n",
          r.name(),
          r.name(),
          r.origin().owner().getSimpleName(),
          r.origin().name());
    } else {
      field.addJavadoc("The {@code $L} relationship, $L.\n", r.name(), describe(res));
    }
    return field.initializer(init.build()).build();
  }

  private static String describe(Resolution res) {
    return res.direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private FieldSpec typeField(
      EntityModel entity, MetamodelNames names, List<RelationshipModel> relationships) {
    ClassName type = ClassName.get(entity.element());
    boolean instantiable =
        entity.hasNoArgConstructor()
            && !entity.element().getModifiers().contains(Modifier.ABSTRACT);
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add("$T.<$T>builder($T.class, TABLE, ", RuntimeNames.ENTITY_TYPE, type, type)
            .add(instantiable ? CodeBlock.of("$T::new", type) : CodeBlock.of("null"))
            .add(", $L)$>$>", names.accessor());
    // Only names and literals as arguments: javac attributes such a chain directly, without the
    // speculative attribution that an argument which is itself a call needs.
    for (int slot = 0; slot < entity.columns().size(); slot++) {
      ColumnModel c = entity.columns().get(slot);
      init.add(
          "\n.$L($S, $L, $L)",
          c.id() ? "id" : "column",
          c.javaName(),
          names.column(c.javaName()),
          slot);
      CodeBlock references = Snippets.references(model, c);
      if (!references.isEmpty()) {
        init.add("$L", references);
      }
      if (c.generated()) {
        init.add(".generated()");
      }
    }
    for (RelationshipModel r : relationships) {
      init.add("\n.relationship($L)", names.relationship(r.name()));
    }
    init.add("\n.build()$<$<");
    return FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeNames.ENTITY_TYPE, type),
            "TYPE",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "Everything the runtime knows about {@link $T}; registered when this class initialises.\n",
            type)
        .initializer(init.build())
        .build();
  }
}
