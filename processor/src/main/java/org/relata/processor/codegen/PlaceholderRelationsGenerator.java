package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;

/**
 * Writes an empty {@code ERelations} for an entity whose model has errors, so that its {@code
 * extends ERelations} still compiles: the user then sees Relata's errors, not a "cannot find
 * symbol" for a class that Relata failed to write.
 */
final class PlaceholderRelationsGenerator extends SourceFileGenerator<EntityModel> {
  PlaceholderRelationsGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
  }

  @Override
  TypeElement originatingElement(EntityModel entity) {
    return entity.element();
  }

  /** Nothing: the entity appears only in Javadoc, which does not warn. */
  @Override
  List<Element> uses(EntityModel entity) {
    return List.of();
  }

  @Override
  TypeSpec.Builder write(EntityModel entity) {
    return TypeSpec.classBuilder(MetamodelNames.relationsClass(entity))
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .superclass(RuntimeNames.ENTITY_RELATIONS)
        .addJavadoc(
            "A placeholder base of {@link $T}, written while its relationships have errors; the real\n"
                + "accessors are generated once Relata's errors are fixed.\n",
            ClassName.get(entity.element()))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build());
  }
}
