package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * Compares what the database holds with what memory says it should hold, after a clean commit: a
 * table's rows, column by column, against the objects that should be its rows, and nothing else.
 */
final class Rows {
  private Rows() {}

  /**
   * Asserts that the table of {@code type} holds exactly one row per object of {@code expected},
   * with each column equal to the object's field.
   */
  @SafeVarargs
  static <E> void assertTable(TestDatabase db, Class<E> type, E... expected) {
    EntityType<E> entity = EntityType.of(type);
    List<Field<?>> columns = new ArrayList<>();
    for (Attribute<E, ?> a : entity.attributes()) {
      columns.add(DSL.field(DSL.name(a.field().getName())));
    }
    List<String> inMemory = new ArrayList<>();
    for (E e : expected) {
      List<Object> values = new ArrayList<>();
      for (Attribute<E, ?> a : entity.attributes()) {
        values.add(normal(a.get(e)));
      }
      inMemory.add(values.toString());
    }
    List<String> stored = new ArrayList<>();
    for (Record r : db.plain.select(columns).from(DSL.table(DSL.name(entity.table().getName())))) {
      List<Object> values = new ArrayList<>();
      for (Object v : r.intoArray()) {
        values.add(normal(v));
      }
      stored.add(values.toString());
    }
    Collections.sort(inMemory);
    Collections.sort(stored);
    assertEquals(
        inMemory,
        stored,
        "rows of " + entity.table().getName() + " " + columnNames(entity) + " against memory");
  }

  /** Asserts that the link table {@code table} holds exactly the pairs of ids {@code pairs}. */
  static void assertLinks(TestDatabase db, String table, List<List<Object>> pairs) {
    List<String> expected = new ArrayList<>();
    for (List<Object> p : pairs) {
      List<Object> values = new ArrayList<>();
      for (Object v : p) {
        values.add(normal(v));
      }
      expected.add(values.toString());
    }
    List<String> stored = new ArrayList<>();
    for (Record r : db.plain.selectFrom(DSL.table(DSL.name(table))).fetch()) {
      List<Object> values = new ArrayList<>();
      for (Object v : r.intoArray()) {
        values.add(normal(v));
      }
      stored.add(values.toString());
    }
    Collections.sort(expected);
    Collections.sort(stored);
    assertEquals(expected, stored, "rows of link table " + table + " against memory");
  }

  /** A pair of ids, for {@link #assertLinks}. */
  static List<Object> pair(Object left, Object right) {
    return Arrays.asList(left, right);
  }

  private static <E> List<String> columnNames(EntityType<E> entity) {
    List<String> names = new ArrayList<>();
    for (Attribute<E, ?> a : entity.attributes()) {
      names.add(a.field().getName());
    }
    return names;
  }

  /** Numbers compare by value, whatever width the driver returns. */
  private static Object normal(Object v) {
    return v instanceof Number n ? (Object) n.longValue() : v;
  }
}
