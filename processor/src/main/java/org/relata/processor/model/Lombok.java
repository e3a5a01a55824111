package org.relata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads which members Lombok's annotations on an entity generate, by annotation name, so that the
 * checks about those members hold whichever of the two processors runs first.
 *
 * <p>Lombok adds its members to the class in the round it runs. Listed before Relata, its members
 * are visible; listed after, they are not there yet, and only these annotations tell that they will
 * be.
 */
public final class Lombok {
  static final String GETTER = "lombok.Getter";
  static final String SETTER = "lombok.Setter";
  static final String DATA = "lombok.Data";
  static final String VALUE = "lombok.Value";
  static final String NO_ARGS_CONSTRUCTOR = "lombok.NoArgsConstructor";

  private Lombok() {}

  /**
   * The Lombok annotation that generates {@code field}'s getter ({@code getter} true) or setter: on
   * the field, else on its class ({@code @Getter}, {@code @Setter}, {@code @Data}, or
   * {@code @Value} for a getter); null when none does, or one says {@code AccessLevel.NONE}.
   */
  public static AnnotationMirror accessorSource(VariableElement field, boolean getter) {
    String kind = getter ? GETTER : SETTER;
    AnnotationMirror own = Annotations.find(field, kind);
    if (own != null) {
      return generates(own, "value") ? own : null;
    }
    TypeElement type = (TypeElement) field.getEnclosingElement();
    AnnotationMirror onClass = Annotations.find(type, kind);
    if (onClass != null) {
      return generates(onClass, "value") ? onClass : null;
    }
    AnnotationMirror data = Annotations.find(type, DATA);
    if (data != null) {
      return data;
    }
    return getter ? Annotations.find(type, VALUE) : null;
  }

  /** The {@code @NoArgsConstructor} that generates a non-private constructor, or null. */
  public static AnnotationMirror noArgConstructorSource(TypeElement type) {
    AnnotationMirror m = Annotations.find(type, NO_ARGS_CONSTRUCTOR);
    return m != null && generates(m, "access") ? m : null;
  }

  /**
   * Where {@code source}, found by {@link #accessorSource} for {@code field}, is written: the
   * field, or its class.
   */
  public static Element carrier(VariableElement field, AnnotationMirror source) {
    return field.getAnnotationMirrors().contains(source) ? field : field.getEnclosingElement();
  }

  /** {@code @Getter}, as messages name the annotation. */
  public static String display(AnnotationMirror mirror) {
    return "@" + mirror.getAnnotationType().asElement().getSimpleName();
  }

  /** Whether the access level in {@code attribute} lets the member be generated and reached. */
  private static boolean generates(AnnotationMirror mirror, String attribute) {
    AnnotationValue level = Annotations.explicitValues(mirror).get(attribute);
    if (level == null) {
      return true;
    }
    String name = String.valueOf(level.getValue());
    return !name.endsWith("NONE") && !name.endsWith("PRIVATE");
  }
}
