package org.relata.processor.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.Model;

/**
 * Checks a resolved model against every rule of DESIGN "Diagnostics", by running each validator and
 * merging their reports.
 *
 * <p>A validator that fails is reported as an internal error, and the others still run, so one bug
 * never hides the user's real mistakes.
 */
public final class ModelValidator {
  private final ProcessingEnvironment env;

  public ModelValidator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Every diagnostic for {@code model}; code is generated only for what has no error. */
  public ValidationReport validate(Model model) {
    List<Function<Model, ValidationReport>> validators =
        List.of(
            EntityValidator::validate,
            AccessorOverrideValidator::validate,
            m -> ForeignKeyValidator.validate(m, env),
            m -> RelationshipValidator.validate(m, env),
            BackPopulatesValidator::validate,
            BackrefValidator::validate,
            OrderByValidator::validate,
            CascadeValidator::validate,
            OverlapValidator::validate);
    ValidationReport.Builder report = ValidationReport.builder();
    for (Function<Model, ValidationReport> validator : validators) {
      try {
        report.addAll(validator.apply(model));
      } catch (RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        report.add(Message.INTERNAL_ERROR, null, "the model", trace);
      }
    }
    return report.build();
  }
}
