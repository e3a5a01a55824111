package org.relata.processor.codegen;

import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;

/** Writes the generated sources of one entity or association table. */
public final class CodeGenerator {
  @SuppressWarnings("unused") // the generators come in the codegen phase
  private final ProcessingEnvironment env;

  public CodeGenerator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Writes {@code E_}, and {@code ERelations} when the entity has relationships. */
  public void generate(Model model, EntityModel entity) {}

  /** Writes the metamodel of an association table. */
  public void generate(Model model, AssociationTableModel table) {}
}
