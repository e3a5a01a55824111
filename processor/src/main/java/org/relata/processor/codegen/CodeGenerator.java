package org.relata.processor.codegen;

import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;

/** The codegen phase's entry point: writes the generated sources of one entity or association table. */
public final class CodeGenerator {
  private final ProcessingEnvironment env;

  public CodeGenerator(ProcessingEnvironment env) {
    this.env = env;
  }

  /**
   * Writes {@code E_}, and {@code ERelations} when the entity declares or receives a
   * relationship (or already extends it, so that it compiles while it has none).
   */
  public void generate(Model model, EntityModel entity) {
    if (model.hasRelations(entity) || entity.extendsRelations()) {
      new RelationsGenerator(env, model).generate(entity);
    }
    new MetamodelGenerator(env, model).generate(entity);
  }

  /**
   * Writes an empty {@code ERelations} for an entity that extends it but whose model has errors,
   * so that the user sees those errors and no "cannot find symbol" after them.
   */
  public void generatePlaceholder(Model model, EntityModel entity) {
    if (entity.extendsRelations()) {
      new PlaceholderRelationsGenerator(env, model).generate(entity);
    }
  }

  /** Writes the metamodel of an association table. */
  public void generate(Model model, AssociationTableModel table) {
    new AssociationMetamodelGenerator(env, model).generate(table);
  }
}
