package org.relata.runtime.meta;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;

/**
 * The jOOQ tables and fields that generated metamodels declare, built through one non-overloaded
 * method each: javac resolves these much faster than the heavily overloaded {@code DSL.field}.
 */
public final class Tables {
  private Tables() {}

  /** The table {@code name}, as {@code DSL.table(DSL.name(name))}. */
  public static Table<Record> table(String name) {
    return DSL.table(DSL.name(name));
  }

  /** The column {@code table.column} of Java type {@code type}, qualified by its table. */
  public static <T> Field<T> column(String table, String column, Class<T> type) {
    return DSL.field(DSL.name(table, column), type);
  }

  /** The table {@code schema.name}, both quoted: {@code @Entity(schema = ...)}. */
  public static Table<Record> tableIn(String schema, String name) {
    return DSL.table(DSL.name(schema, name));
  }

  /** The column {@code schema.table.column} of Java type {@code type}. */
  public static <T> Field<T> columnIn(String schema, String table, String column, Class<T> type) {
    return DSL.field(DSL.name(schema, table, column), type);
  }

  /** The column {@code schema.table.column} holding an enum, stored by name in a VARCHAR. */
  public static <E extends Enum<E>> Field<E> enumColumnIn(
      String schema, String table, String column, Class<E> type) {
    return DSL.field(
        DSL.name(schema, table, column),
        SQLDataType.VARCHAR.asConvertedDataType(new EnumConverter<>(String.class, type)));
  }

  /** The column {@code table.column} holding an enum, stored by constant name in a VARCHAR. */
  public static <E extends Enum<E>> Field<E> enumColumn(
      String table, String column, Class<E> type) {
    return DSL.field(
        DSL.name(table, column),
        SQLDataType.VARCHAR.asConvertedDataType(new EnumConverter<>(String.class, type)));
  }
}
