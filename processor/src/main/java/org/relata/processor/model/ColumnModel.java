package org.relata.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One column of an entity or association table.
 *
 * @param element the field or record component
 * @param javaName the field name
 * @param columnName the SQL column name: {@code @Column} or snake_case of the field name
 * @param type the declared Java type (primitive types stay primitive here)
 * @param id whether it carries {@code @Id}
 * @param foreignKey its {@code @ForeignKey}, or null
 * @param access how generated code reads and writes it
 * @param getterName the JavaBean getter when {@code access} is {@link Access#PROPERTY}, else null
 * @param setterName the JavaBean setter when {@code access} is {@link Access#PROPERTY}, else null
 * @param columnAnnotation the {@code @Column} mirror, or null
 * @param columnValue the {@code @Column} value, or null
 * @param generated whether {@code @Column(generated = true)}: the database supplies the value
 */
public record ColumnModel(
    VariableElement element,
    String javaName,
    String columnName,
    TypeMirror type,
    boolean id,
    ForeignKeyModel foreignKey,
    Access access,
    String getterName,
    String setterName,
    AnnotationMirror columnAnnotation,
    AnnotationValue columnValue,
    boolean generated) {

  /** How generated code in the entity's package reaches a column. */
  public enum Access {
    /** Directly: the field is not private. */
    FIELD,
    /** Through a non-private JavaBean getter and setter, because the field is private. */
    PROPERTY,
    /** Not at all: a private field without a getter and setter. Invalid. */
    NONE
  }

  /**
   * The columns among {@code columns} that are foreign keys to the class named {@code
   * qualifiedName}.
   */
  public static List<ColumnModel> keysTo(List<ColumnModel> columns, String qualifiedName) {
    List<ColumnModel> keys = new ArrayList<>();
    for (ColumnModel c : columns) {
      if (c.references(qualifiedName)) {
        keys.add(c);
      }
    }
    return keys;
  }

  public boolean isForeignKey() {
    return foreignKey != null;
  }

  /** Whether this column is a foreign key to the class named {@code qualifiedName}. */
  public boolean references(String qualifiedName) {
    return foreignKey != null && foreignKey.references(qualifiedName);
  }
}
