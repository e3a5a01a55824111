package org.relata.processor.codegen;

import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RepositoryModel;

/**
 * The codegen phase's entry point: writes the generated source of one entity (which holds its
 * structure), the resource of one association table, or the source of one repository.
 */
public final class CodeGenerator {
  private final ProcessingEnvironment env;
  // The generators of the last model, kept so that what they look up once serves every file.
  private Model model;
  private RelationsGenerator relations;
  private PlaceholderRelationsGenerator placeholder;
  private StructureResourceWriter structure;

  public CodeGenerator(ProcessingEnvironment env) {
    this.env = env;
  }

  private void use(Model m) {
    if (m != model) {
      model = m;
      relations = new RelationsGenerator(env, m);
      placeholder = new PlaceholderRelationsGenerator(env, m);
      structure = new StructureResourceWriter(env, m);
    }
  }

  /** Writes {@code ERelations}, the entity's one generated source, with its structure inside. */
  public void generate(Model model, EntityModel entity) {
    use(model);
    relations.generate(entity);
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

  /** Writes the resource of an association table; it has no generated source. */
  public void generate(Model model, AssociationTableModel table) {
    use(model);
    structure.write(table);
  }

  /** Writes the implementation {@code R_} of a repository interface {@code R}. */
  public void generate(Model model, RepositoryModel repository) {
    new RepositoryGenerator(env, model).generate(repository);
  }
}
