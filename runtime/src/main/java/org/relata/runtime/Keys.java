package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * Primary keys as the identity map holds them: the id value itself for a single {@code @Id}, an
 * immutable list of the values for a composite key; and the SQL conditions that select them.
 */
final class Keys {
  private Keys() {}

  /** The key of {@code entity} from its current id values, or null while any part is null. */
  static Object of(EntityType<?> type, Object entity) {
    List<? extends Attribute<?, ?>> ids = type.ids();
    if (ids.size() == 1) {
      return ids.get(0).getFrom(entity);
    }
    List<Object> parts = new ArrayList<>(ids.size());
    for (Attribute<?, ?> id : ids) {
      Object v = id.getFrom(entity);
      if (v == null) {
        return null;
      }
      parts.add(v);
    }
    return List.copyOf(parts);
  }

  /**
   * The key that an application passed to {@code get}: converted to the id column's Java type, so
   * that {@code get(User.class, 1)} finds the user whose {@code Long} id is 1.
   */
  static Object normalize(EntityType<?> type, Object id) {
    List<? extends Attribute<?, ?>> ids = type.ids();
    if (ids.size() == 1) {
      return ids.get(0).field().getDataType().convert(id);
    }
    if (!(id instanceof List<?> parts) || parts.size() != ids.size()) {
      throw new IllegalArgumentException(
          type
              + " has a composite key of "
              + ids.size()
              + " columns "
              + ids
              + "; pass their values as a List in that order");
    }
    List<Object> converted = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      converted.add(ids.get(i).field().getDataType().convert(parts.get(i)));
    }
    return List.copyOf(converted);
  }

  /** The parts of a key, in id order. */
  static List<?> parts(Object key) {
    return key instanceof List<?> l ? l : List.of(key);
  }

  /** {@code id = key}, or {@code (a, b) = (x, y)} for a composite key. */
  static Condition equal(EntityType<?> type, Object key) {
    List<? extends Attribute<?, ?>> ids = type.ids();
    List<?> parts = parts(key);
    Condition c = DSL.noCondition();
    for (int i = 0; i < ids.size(); i++) {
      c = c.and(eq(ids.get(i).field(), parts.get(i)));
    }
    return c;
  }

  /** {@code id IN (...)}, or a row-value IN for composite keys. */
  static Condition in(EntityType<?> type, Collection<?> keys) {
    List<? extends Attribute<?, ?>> ids = type.ids();
    if (ids.size() == 1) {
      return in(ids.get(0).field(), keys);
    }
    List<Field<?>> fields = new ArrayList<>(ids.size());
    for (Attribute<?, ?> id : ids) {
      fields.add(id.field());
    }
    List<List<?>> rows = new ArrayList<>(keys.size());
    for (Object key : keys) {
      rows.add(parts(key));
    }
    return rowIn(fields, rows);
  }

  /**
   * Rows of values as a condition, each value bound with its column's type: what {@code (a, b) IN
   * ((?, ?), ...)} means, written as {@code (a = ? AND b IN (?, ...)) OR ...}, grouped by the
   * column with the fewest distinct values. PostgreSQL nests a row-value IN list one level per row,
   * so that a long one exhausts its stack; the grouped condition stays flat, and is short when the
   * rows share a value, as the links of one owner do.
   */
  static Condition rowIn(List<Field<?>> columns, List<? extends List<?>> rows) {
    return rowIn(columns, rows, false);
  }

  /**
   * {@link #rowIn(List, List)}, with the values written into the SQL as literals when {@code
   * inline}: H2 checks each row a DELETE finds against an {@code IN} list of parameters by
   * comparing it with every element, but against a list of literals by one hash lookup.
   */
  static Condition rowIn(List<Field<?>> columns, List<? extends List<?>> rows, boolean inline) {
    if (columns.size() == 1) {
      List<Object> values = new ArrayList<>(rows.size());
      for (List<?> row : rows) {
        values.add(row.get(0));
      }
      return inline ? inInline(columns.get(0), values) : in(columns.get(0), values);
    }
    int by = 0;
    Map<Object, List<List<?>>> groups = null;
    for (int i = 0; i < columns.size(); i++) {
      Map<Object, List<List<?>>> byColumn = new LinkedHashMap<>();
      for (List<?> row : rows) {
        byColumn.computeIfAbsent(row.get(i), v -> new ArrayList<>()).add(row);
      }
      if (groups == null || byColumn.size() < groups.size()) {
        by = i;
        groups = byColumn;
      }
    }
    List<Field<?>> rest = new ArrayList<>(columns);
    rest.remove(by);
    List<Condition> any = new ArrayList<>(groups.size());
    for (Map.Entry<Object, List<List<?>>> group : groups.entrySet()) {
      List<List<?>> remaining = new ArrayList<>(group.getValue().size());
      for (List<?> row : group.getValue()) {
        List<Object> r = new ArrayList<>(row);
        r.remove(by);
        remaining.add(r);
      }
      Condition first =
          inline ? eqInline(columns.get(by), group.getKey()) : eq(columns.get(by), group.getKey());
      any.add(first.and(rowIn(rest, remaining, inline)));
    }
    return DSL.or(any);
  }

  @SuppressWarnings("unchecked")
  static Condition eq(Field<?> field, Object value) {
    return value == null ? field.isNull() : ((Field<Object>) field).eq(value);
  }

  @SuppressWarnings("unchecked")
  static Condition in(Field<?> field, Collection<?> values) {
    return ((Field<Object>) field).in(values);
  }

  @SuppressWarnings("unchecked")
  private static Condition eqInline(Field<?> field, Object value) {
    return value == null
        ? field.isNull()
        : ((Field<Object>) field).eq(DSL.inline(value, (Field<Object>) field));
  }

  @SuppressWarnings("unchecked")
  private static Condition inInline(Field<?> field, Collection<?> values) {
    List<Field<Object>> literals = new ArrayList<>(values.size());
    for (Object v : values) {
      literals.add(DSL.inline(v, (Field<Object>) field));
    }
    return ((Field<Object>) field).in(literals);
  }

  /** A bind value typed as {@code field}, so that even a null binds with the column's type. */
  @SuppressWarnings("unchecked")
  static Field<?> value(Field<?> field, Object value) {
    return DSL.val(value, (Field<Object>) field);
  }

  /** Unqualified, so that it can name a column in DDL or in an INSERT's column list. */
  static <T> Field<T> unqualified(Field<T> field) {
    return DSL.field(DSL.name(field.getName()), field.getDataType());
  }
}
