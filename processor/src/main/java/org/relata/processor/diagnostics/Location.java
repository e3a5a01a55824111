package org.relata.processor.diagnostics;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Where a diagnostic goes: an element, and optionally the annotation and the value at fault.
 *
 * <p>Placing a message on the value makes the IDE underline the string that is wrong, not the whole
 * class. A value that the user left at its default has no source position, so the message falls
 * back to the annotation, then to the element.
 */
public record Location(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** The element itself, such as a class or a field. */
  public static Location of(Element element) {
    return new Location(element, null, null);
  }

  /** The annotation named {@code annotationType} on {@code element}, or the element without it. */
  public static Location annotation(Element element, String annotationType) {
    return new Location(element, mirror(element, annotationType), null);
  }

  /**
   * The attribute {@code attribute} of the annotation {@code annotationType} on {@code element}, as
   * precisely as the source allows.
   */
  public static Location value(Element element, String annotationType, String attribute) {
    AnnotationMirror mirror = mirror(element, annotationType);
    return new Location(element, mirror, mirror == null ? null : explicitValue(mirror, attribute));
  }

  /** The annotation of the given qualified type name on {@code element}, or null. */
  public static AnnotationMirror mirror(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value the source gives {@code attribute}, or null when it is left at its default. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
