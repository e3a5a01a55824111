package org.relata.processor.validation;

import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.model.Model;

/** Checks a resolved model against every rule of DESIGN "Diagnostics". */
public final class ModelValidator {
  @SuppressWarnings("unused") // the validation phase will use it for type comparisons
  private final ProcessingEnvironment env;

  public ModelValidator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Every diagnostic for {@code model}; code is generated only for what has no error. */
  public ValidationReport validate(Model model) {
    // The validation phase fills this in; until then every model is accepted as it is.
    return ValidationReport.empty();
  }
}
