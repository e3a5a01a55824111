package org.relata.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import org.relata.Cascade;
import org.relata.Lazy;

/**
 * A {@code @Backref} as written on a relationship field.
 *
 * @param annotation the mirror
 * @param values the attributes written explicitly, by name, to place diagnostics on
 */
public record BackrefModel(
    AnnotationMirror annotation,
    String name,
    Lazy lazy,
    List<Cascade> cascade,
    boolean passiveDeletes,
    String orderBy,
    boolean viewonly,
    boolean uselist,
    Map<String, AnnotationValue> values) {

  public BackrefModel {
    cascade = List.copyOf(cascade);
    values = Map.copyOf(values);
  }

  /** The attribute {@code name} when written explicitly, else null. */
  public AnnotationValue value(String name) {
    return values.get(name);
  }
}
