package org.relata.processor.validation;

import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.Annotations;

/**
 * Finds {@code @Relationship} and {@code @Backref} fields outside any {@code @Entity}, which the
 * model never sees because it starts from entities.
 */
public final class StrayAnnotationValidator {
  private StrayAnnotationValidator() {}

  /** Every stray relationship annotation among the elements of {@code round}. */
  public static ValidationReport validate(RoundEnvironment round, ProcessingEnvironment env) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (String annotation : new String[] {Annotations.RELATIONSHIP, Annotations.BACKREF}) {
      TypeElement type = env.getElementUtils().getTypeElement(annotation);
      if (type == null) {
        continue;
      }
      for (Element field : round.getElementsAnnotatedWith(type)) {
        Element owner = field.getEnclosingElement();
        boolean inEntity =
            owner.getKind().isClass() && Annotations.find(owner, Annotations.ENTITY) != null;
        // A @Backref beside a @Relationship is reported once, for the @Relationship.
        boolean reported =
            annotation.equals(Annotations.BACKREF)
                && Annotations.find(field, Annotations.RELATIONSHIP) != null;
        if (!inEntity && !reported && owner.getKind() != ElementKind.PACKAGE) {
          String simple = type.getSimpleName().toString();
          report.add(
              Message.RELATIONSHIP_OUTSIDE_ENTITY,
              Location.annotation(field, annotation),
              simple,
              owner.getSimpleName() + "." + field.getSimpleName(),
              ((TypeElement) owner).getQualifiedName(),
              owner.getSimpleName(),
              simple);
        }
      }
    }
    return report.build();
  }
}
