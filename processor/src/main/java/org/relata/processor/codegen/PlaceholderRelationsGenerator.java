package org.relata.processor.codegen;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;

/**
 * Writes an empty {@code ERelations} for an entity whose model has errors, so that its {@code
 * extends ERelations} still compiles: the user then sees Relata's errors, not a "cannot find
 * symbol" for a class that Relata failed to write.
 */
final class PlaceholderRelationsGenerator extends EntitySourceGenerator {
  PlaceholderRelationsGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
  }

  /** Nothing: the entity appears only in Javadoc, which does not warn. */
  @Override
  List<Element> uses(EntityModel entity) {
    return List.of();
  }

  @Override
  String javadoc(SourceText text, EntityModel entity) {
    return "A placeholder base of {@link "
        + text.name(entity.element())
        + "}, written while its relationships have errors; the real\n"
        + "accessors are generated once Relata's errors are fixed.";
  }

  @Override
  void members(SourceText text, StringBuilder out, EntityModel entity) {
    constructor(out, entity);
  }
}
