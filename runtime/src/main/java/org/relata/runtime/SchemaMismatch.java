package org.relata.runtime;

/**
 * One difference between the mapping and the live database that {@link Schema#validate} found.
 *
 * @param mapping what in the code is concerned: an entity ({@code Invoice}), a field ({@code
 *     Invoice.amount}) or an association table class ({@code InvoiceLabel})
 * @param table the table, as {@code schema.table} when it has a schema
 * @param column the column, or null for the table as a whole
 * @param problem what differs
 * @param fix what to change: the annotation, or the database
 */
public record SchemaMismatch(
    String mapping, String table, String column, String problem, String fix) {

  @Override
  public String toString() {
    return mapping
        + " ("
        + table
        + (column == null ? "" : "." + column)
        + "): "
        + problem
        + ". "
        + fix;
  }
}
