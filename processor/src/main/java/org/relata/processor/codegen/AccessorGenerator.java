package org.relata.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;

/**
 * Writes the nested {@code Access} class of an {@code E_}: one {@code switch} that reads and one
 * that writes every column and relationship field of the entity by slot number. It replaces a
 * getter and a setter lambda per field, which javac compiles many times slower.
 *
 * <p>Slots number the columns first, in declaration order, then the relationships in the order of
 * {@link Model#relationshipsOf}. A column that cannot be accessed (validation reports it) has no
 * case.
 */
final class AccessorGenerator {
  /** The simple name of the nested class. */
  static final String CLASS_NAME = "Access";

  private final ClassName entity;
  private final String variable;
  private final CodeBlock.Builder get = CodeBlock.builder();
  private final CodeBlock.Builder set = CodeBlock.builder();
  private boolean uncheckedCasts;
  private int slots;

  private AccessorGenerator(EntityModel model) {
    this.entity = ClassName.get(model.element());
    this.variable = MetamodelNames.variableName(model.element());
  }

  /**
   * The slot numbers of {@code entity}'s columns and relationships, and the class that serves them.
   */
  static AccessorGenerator of(Model model, EntityModel entity) {
    AccessorGenerator g = new AccessorGenerator(entity);
    for (ColumnModel c : entity.columns()) {
      TypeName type = RuntimeNames.columnType(c.type());
      switch (c.access()) {
        case FIELD:
          g.field(c.javaName(), type);
          break;
        case PROPERTY:
          g.add(
              CodeBlock.of("$L.$L()", g.variable, c.getterName()),
              CodeBlock.of("$L.$L(($T) value)", g.variable, c.setterName(), type),
              type);
          break;
        default:
          g.slots++;
          break;
      }
    }
    for (RelationshipModel r : model.relationshipsOf(entity)) {
      ClassName target = ClassName.get(model.resolution(r).target().element());
      g.field(r.name(), RuntimeNames.storageType(r.shape(), target));
    }
    return g;
  }

  private void field(String name, TypeName type) {
    add(
        CodeBlock.of("$L.$L", variable, name),
        CodeBlock.of("$L.$L = ($T) value", variable, name, type),
        type);
  }

  private void add(CodeBlock read, CodeBlock write, TypeName type) {
    get.add("case $L:\n$>return $L;\n$<", slots, read);
    set.add("case $L:\n$>$L;\n$<", slots, write);
    set.add("$>return;\n$<");
    uncheckedCasts |= type instanceof ParameterizedTypeName;
    slots++;
  }

  /** The nested class, with a singleton instance in a constant. */
  TypeSpec type() {
    MethodSpec.Builder read =
        MethodSpec.methodBuilder("get")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(int.class, "slot")
            .addParameter(entity, variable)
            .beginControlFlow("switch (slot)")
            .addCode(get.build())
            .addCode("default:\n$>throw $T.noSuchSlot(slot);\n$<", RuntimeNames.ACCESSOR)
            .endControlFlow();
    MethodSpec.Builder write =
        MethodSpec.methodBuilder("set")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(int.class, "slot")
            .addParameter(entity, variable)
            .addParameter(Object.class, "value")
            .beginControlFlow("switch (slot)")
            .addCode(set.build())
            .addCode("default:\n$>throw $T.noSuchSlot(slot);\n$<", RuntimeNames.ACCESSOR)
            .endControlFlow();
    if (uncheckedCasts) {
      // A collection field's value is cast to its parameterized type; the runtime only passes
      // values of the slot's type.
      write.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "unchecked")
              .build());
    }
    return TypeSpec.classBuilder(CLASS_NAME)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeNames.ACCESSOR, entity))
        .addJavadoc(
            "Reads and writes the fields of {@link $T} by slot, for the descriptors above.\n",
            entity)
        .addMethod(read.build())
        .addMethod(write.build())
        .build();
  }
}
