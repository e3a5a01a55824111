package org.relata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.TypeMirror;
import org.relata.OnDelete;

/**
 * A {@code @ForeignKey} on a column.
 *
 * @param annotation the {@code @ForeignKey} mirror
 * @param target the referenced type as written (may be an error type or a non-entity)
 * @param targetName the qualified name of {@code target}, or its text when it is not a class
 * @param onDelete the referential action
 * @param targetValue the {@code value} attribute, to place diagnostics on
 * @param onDeleteValue the {@code onDelete} attribute when written, else null
 */
public record ForeignKeyModel(
    AnnotationMirror annotation,
    TypeMirror target,
    String targetName,
    OnDelete onDelete,
    AnnotationValue targetValue,
    AnnotationValue onDeleteValue) {

  /** Whether this key references the class named {@code qualifiedName}. */
  public boolean references(String qualifiedName) {
    return targetName.equals(qualifiedName);
  }
}
