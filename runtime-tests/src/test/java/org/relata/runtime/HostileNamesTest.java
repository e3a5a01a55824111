package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.Hostile;

/**
 * Names reach SQL only quoted: a table named {@code select} with a column named {@code from} are
 * just names, and a value that tries to end the statement and drop another table is just a value.
 */
class HostileNamesTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void namesThatAreSqlKeywordsAreJustNames() {
    db.plain.execute("create table \"victim\" (\"id\" int)");
    db.plain.execute("insert into \"victim\" values (1)");
    Schema.create(db.plain, Hostile.class);
    Hostile h = new Hostile("it's \"quoted\"; drop table \"victim\"");
    try (Session s = db.open()) {
      s.add(h);
      s.commit();
      h.setNote("changed");
      s.commit();
    }
    try (Session s = db.open()) {
      Hostile loaded = s.get(Hostile.class, h.getId());
      assertEquals("changed", loaded.getNote());
      s.delete(loaded);
      s.commit();
    }
    assertEquals(List.of("INSERT", "UPDATE", "SELECT", "DELETE"), db.log.kinds());
    for (String sql : db.log.sql) {
      assertTrue(sql.contains("\"select\""), sql);
    }
    assertTrue(db.log.sql.get(1).contains("\"from\" = ?"), db.log.sql.get(1));
    assertEquals(1, db.count("victim"), "the other table is still there, with its row");
    assertEquals(
        List.of(List.of("select", "from")),
        db.rows(
            "select table_name, column_name from information_schema.columns"
                + " where table_name = 'select' and column_name <> 'id'"));
  }
}
