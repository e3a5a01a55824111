package org.relata.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @AssociationTable} class or record: a pure link table.
 *
 * @param element the class or record
 * @param annotation the {@code @AssociationTable} mirror
 * @param tableName its value, or snake_case of the simple name
 * @param schemaName its schema; empty for the connection's current schema
 * @param columns its fields or record components, in order; each should be a foreign key
 * @param unmappedFields fields or components of a type that is not a basic column type
 * @param inCompilation whether its source is being compiled now
 */
public record AssociationTableModel(
    TypeElement element,
    AnnotationMirror annotation,
    String tableName,
    String schemaName,
    List<ColumnModel> columns,
    List<VariableElement> unmappedFields,
    boolean inCompilation) {

  public AssociationTableModel {
    columns = List.copyOf(columns);
    unmappedFields = List.copyOf(unmappedFields);
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  public String packageName() {
    return Names.packageName(element);
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
