package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.RowN;
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

  /** The key held in a row of column values, by attribute index. */
  static Object fromValues(EntityType<?> type, Object[] values) {
    List<? extends Attribute<?, ?>> attributes = type.attributes();
    List<Object> parts = new ArrayList<>(2);
    for (int i = 0; i < values.length; i++) {
      if (attributes.get(i).isId()) {
        parts.add(values[i]);
      }
    }
    return parts.size() == 1 ? parts.get(0) : List.copyOf(parts);
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
          type + " has a composite key of " + ids.size() + " columns " + ids
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

  /** {@code (a, b) IN ((?, ?), ...)}, each value bound with its column's type. */
  static Condition rowIn(List<Field<?>> columns, List<? extends List<?>> rows) {
    List<RowN> values = new ArrayList<>(rows.size());
    for (List<?> row : rows) {
      Field<?>[] fields = new Field<?>[columns.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = value(columns.get(i), row.get(i));
      }
      values.add(DSL.row((Object[]) fields));
    }
    return DSL.row(columns.toArray(new Field<?>[0])).in(values);
  }

  @SuppressWarnings("unchecked")
  static Condition eq(Field<?> field, Object value) {
    return value == null ? field.isNull() : ((Field<Object>) field).eq(value);
  }

  @SuppressWarnings("unchecked")
  static Condition in(Field<?> field, Collection<?> values) {
    return ((Field<Object>) field).in(values);
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
