package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The key lists of {@code SELECTIN} batch loads, written so that the database uses the index on the
 * key column.
 *
 * <p>H2 evaluates {@code key IN (?, ?, ...)} against every row, casting each parameter for each
 * comparison, and uses no index; a list of literals it looks up in the index, so numeric and UUID
 * keys are inlined, and String keys (which are never inlined) go as one bare array parameter, read
 * once. PostgreSQL gets {@code key = ANY(?)} with one array parameter, which it plans faster than a
 * thousand, and whose statement text does not depend on the number of keys. Only plain key types
 * take these paths; other types, and other databases, keep the {@code IN} list.
 */
final class KeyArrays {
  private KeyArrays() {}

  /**
   * An array element type: its SQL array type (without a length, so nothing is cut) and factory.
   */
  private record Kind(
      Class<?> type, DataType<?> array, IntFunction<Object[]> make, boolean inline) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(Long.class, SQLDataType.BIGINT.array(), Long[]::new, true),
          new Kind(Integer.class, SQLDataType.INTEGER.array(), Integer[]::new, true),
          new Kind(Short.class, SQLDataType.SMALLINT.array(), Short[]::new, true),
          new Kind(String.class, SQLDataType.VARCHAR.array(), String[]::new, false),
          new Kind(UUID.class, SQLDataType.UUID.array(), UUID[]::new, true));

  /**
   * {@code key = ANY(?)} over {@code keys}, or null when this dialect or key type keeps the IN
   * list.
   */
  @SuppressWarnings("unchecked")
  static Condition anyOf(SQLDialect dialect, Field<?> key, List<Object> keys) {
    SQLDialect family = dialect.family();
    if (family != SQLDialect.H2 && family != SQLDialect.POSTGRES) {
      return null;
    }
    Kind kind = kindOf(key.getDataType());
    if (kind == null) {
      return null;
    }
    Object[] values = kind.make().apply(keys.size());
    for (int i = 0; i < values.length; i++) {
      Object v = keys.get(i);
      if (!kind.type().isInstance(v)) {
        return null; // a key of another type than the column's: let jOOQ convert it in the IN list
      }
      values[i] = v;
    }
    if (family == SQLDialect.POSTGRES) {
      return ((Field<Object>) key).eq(DSL.any(values)); // cast(? as bigint[]): planned once
    }
    if (kind.inline()) {
      List<Field<?>> literals = new ArrayList<>(values.length);
      for (Object v : values) {
        literals.add(DSL.inline(v, (Field<Object>) key));
      }
      return ((Field<Object>) key).in(literals);
    }
    // On H2, jOOQ would expand ANY over an array into a chain of ORs, and H2 would evaluate a cast
    // of the parameter again for every row; a bare parameter it reads once, as a constant set.
    return DSL.condition("{0} = any({1})", key, DSL.field("?", kind.array(), (Object) values));
  }

  /** The kind of a column bound as its plain Java type, without a converter; null for others. */
  private static Kind kindOf(DataType<?> type) {
    DataType<?> sql = type.getSQLDataType();
    if (sql == null || sql.getType() != type.getType() || type.isArray()) {
      return null;
    }
    for (Kind k : KINDS) {
      if (k.type() == type.getType()) {
        return k;
      }
    }
    return null;
  }
}
