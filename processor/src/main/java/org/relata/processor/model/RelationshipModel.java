package org.relata.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.relata.Cascade;
import org.relata.Lazy;

/**
 * One side of a relationship as declared with {@code @Relationship}, or as materialized on the
 * target from a {@code @Backref}.
 *
 * @param owner the class that holds this side
 * @param field the declaring field, or null for a side materialized from a {@code @Backref}
 * @param name the field name, or the {@code @Backref} value
 * @param targetType the related type (the element type of a collection); null when the field's type
 *     has no usable one, such as a raw {@code List}
 * @param targetName the qualified name of {@code targetType}, or its text; empty when null
 * @param shape scalar or which collection interface
 * @param backPopulates the declared reverse name, or empty; for a materialized side, the name of
 *     the side that declared the {@code @Backref}
 * @param secondary the {@code secondary} class, or null for none
 * @param foreignKey the {@code foreignKey} field name, or empty
 * @param cascade the cascades as written; empty for {@code cascade = {}}
 * @param backref the {@code @Backref} on the field, or null
 * @param annotation the {@code @Relationship} mirror; for a materialized side, the {@code @Backref}
 *     mirror that produced it
 * @param values the attributes of {@code annotation} written explicitly, by name
 * @param origin for a materialized side, the declared side whose {@code @Backref} produced it; else
 *     null
 */
public record RelationshipModel(
    TypeElement owner,
    VariableElement field,
    String name,
    TypeMirror targetType,
    String targetName,
    Shape shape,
    String backPopulates,
    TypeMirror secondary,
    String secondaryName,
    String foreignKey,
    Lazy lazy,
    List<Cascade> cascade,
    boolean passiveDeletes,
    boolean viewonly,
    String orderBy,
    BackrefModel backref,
    AnnotationMirror annotation,
    Map<String, AnnotationValue> values,
    RelationshipModel origin) {

  public RelationshipModel {
    cascade = List.copyOf(cascade);
    values = Map.copyOf(values);
  }

  /** Whether this side was generated from a {@code @Backref} rather than declared. */
  public boolean isMaterialized() {
    return origin != null;
  }

  public boolean hasSecondary() {
    return secondary != null;
  }

  /** The qualified name of the owner class. */
  public String ownerName() {
    return owner.getQualifiedName().toString();
  }

  /** The attribute {@code name} of {@link #annotation()} when written explicitly, else null. */
  public AnnotationValue value(String name) {
    return values.get(name);
  }

  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name;
  }
}
