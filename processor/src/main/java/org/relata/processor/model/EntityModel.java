package org.relata.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @Entity} class.
 *
 * @param element the class
 * @param annotation the {@code @Entity} mirror
 * @param tableName {@code @Entity.table}, or snake_case of the simple name
 * @param schemaName {@code @Entity.schema}; empty for the connection's current schema
 * @param columns the mapped columns in declaration order
 * @param relationships the relationships declared on its fields, in declaration order
 * @param unmappedFields instance fields that are neither a column nor a relationship: fields of an
 *     unsupported type, or with {@code @Backref} but no {@code @Relationship}
 * @param hasNoArgConstructor whether it has a non-private constructor without parameters
 * @param extendsRelations whether its superclass is its generated {@code XRelations} class
 * @param inCompilation whether its source is being compiled now; false for an entity read from the
 *     classpath, whose code was generated before
 */
public record EntityModel(
    TypeElement element,
    AnnotationMirror annotation,
    String tableName,
    String schemaName,
    List<ColumnModel> columns,
    List<RelationshipModel> relationships,
    List<VariableElement> unmappedFields,
    boolean hasNoArgConstructor,
    boolean extendsRelations,
    boolean inCompilation) {

  public EntityModel {
    columns = List.copyOf(columns);
    relationships = List.copyOf(relationships);
    unmappedFields = List.copyOf(unmappedFields);
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  public String packageName() {
    return Names.packageName(element);
  }

  /**
   * The simple name of the generated base class, such as {@code UserRelations} or {@code
   * Outer_InnerRelations}.
   */
  public String relationsName() {
    return Names.flatName(element) + "Relations";
  }

  /** The {@code @Id} columns. */
  public List<ColumnModel> ids() {
    List<ColumnModel> ids = new ArrayList<>();
    for (ColumnModel c : columns) {
      if (c.id()) {
        ids.add(c);
      }
    }
    return ids;
  }

  /** The column whose field is named {@code javaName}, or null. */
  public ColumnModel column(String javaName) {
    for (ColumnModel c : columns) {
      if (c.javaName().equals(javaName)) {
        return c;
      }
    }
    return null;
  }

  /** The columns that are foreign keys to the class named {@code qualifiedName}. */
  public List<ColumnModel> foreignKeysTo(String qualifiedName) {
    return ColumnModel.keysTo(columns, qualifiedName);
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
