package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * Compares objects in memory with their rows after a clean commit: each kept object has exactly one
 * row, whose every column equals the object's field, and each deleted object has none.
 */
final class RowsMatchMemory {
  private RowsMatchMemory() {}

  /** Every object of {@code kept} has its row, column for column. */
  static void assertStored(TestDatabase db, Iterable<?> kept) {
    for (Object entity : kept) {
      EntityType<Object> type = typeOf(entity);
      Record row = row(db, type, entity);
      assertNotNull(row, () -> entity + " is in memory but has no row");
      for (Attribute<Object, ?> a : type.attributes()) {
        Object inMemory = a.getFrom(entity);
        Object stored = a.field().getDataType().convert(row.get(a.field().getName()));
        if (!Objects.deepEquals(inMemory, stored)) {
          assertEquals(inMemory, stored, entity + "." + a.name() + " differs from its row");
        }
      }
    }
  }

  /** No object of {@code deleted} has a row any more. */
  static void assertGone(TestDatabase db, Iterable<?> deleted) {
    for (Object entity : deleted) {
      Record row = row(db, typeOf(entity), entity);
      assertNull(row, () -> entity + " was deleted but its row is still there: " + row);
    }
  }

  @SuppressWarnings("unchecked")
  private static EntityType<Object> typeOf(Object entity) {
    return (EntityType<Object>) EntityType.of(entity.getClass());
  }

  private static Record row(TestDatabase db, EntityType<Object> type, Object entity) {
    List<Condition> key = new ArrayList<>();
    for (Attribute<Object, ?> id : type.ids()) {
      Object value = id.getFrom(entity);
      assertNotNull(value, () -> entity + " has no id: it was never stored");
      key.add(eq(id.field(), value));
    }
    return db.plain
        .select()
        .from(DSL.table(DSL.name(type.table().getName())))
        .where(key)
        .fetchOne();
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition eq(Field<T> field, Object value) {
    return DSL.field(DSL.name(field.getName()), field.getDataType()).eq((T) value);
  }
}
