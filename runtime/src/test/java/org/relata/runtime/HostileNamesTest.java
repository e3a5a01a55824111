package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.Hostile;
import org.relata.runtime.model.Hostile_;

/**
 * Names reach SQL only quoted, with any quote inside them doubled: even a table and a column whose
 * names try to end the statement and drop another table are just odd names.
 */
class HostileNamesTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void namesThatTryToBreakOutOfTheirQuotesAreJustNames() {
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
      assertTrue(sql.contains("\"x\"\"; drop table \"\"victim\"\"; --\""), sql);
    }
    assertEquals(1, db.count("victim"), "the other table is still there, with its row");
    assertEquals(
        List.of(List.of(Hostile_.TABLE_NAME)),
        db.rows("select table_name from information_schema.tables where table_name like 'x%'"));
  }
}
