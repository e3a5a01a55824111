package org.relata.processor.codegen;

import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RepositoryModel;

/**
 * The codegen phase's entry point: writes the generated sources of one entity, association table or
 * repository.
 */
public final class CodeGenerator {
  private final ProcessingEnvironment env;
  // The generators of the last model, kept so that what they look up once serves every file.
  private Model model;
  private RelationsGenerator relations;
  private MetamodelGenerator metamodel;
  private PlaceholderRelationsGenerator placeholder;
  private AssociationMetamodelGenerator association;

  public CodeGenerator(ProcessingEnvironment env) {
    this.env = env;
  }

  private void use(Model m) {
    if (m != model) {
      model = m;
      relations = new RelationsGenerator(env, m);
      metamodel = new MetamodelGenerator(env, m);
      placeholder = new PlaceholderRelationsGenerator(env, m);
      association = new AssociationMetamodelGenerator(env, m);
    }
  }

  /**
   * Writes {@code E_}, and {@code ERelations} when the entity declares or receives a relationship
   * (or already extends it, so that it compiles while it has none).
   */
  public void generate(Model model, EntityModel entity) {
    use(model);
    if (model.hasRelations(entity) || entity.extendsRelations()) {
      relations.generate(entity);
    }
    metamodel.generate(entity);
  }

  /**
   * Writes an empty {@code ERelations} for an entity that extends it but whose model has errors, so
   * that the user sees those errors and no "cannot find symbol" after them.
   */
  public void generatePlaceholder(Model model, EntityModel entity) {
    use(model);
    if (entity.extendsRelations()) {
      placeholder.generate(entity);
    }
  }

  /** Writes the metamodel of an association table. */
  public void generate(Model model, AssociationTableModel table) {
    use(model);
    association.generate(table);
  }

  /** Writes the implementation {@code R_} of a repository interface {@code R}. */
  public void generate(Model model, RepositoryModel repository) {
    new RepositoryGenerator(env, model).generate(repository);
  }
}
