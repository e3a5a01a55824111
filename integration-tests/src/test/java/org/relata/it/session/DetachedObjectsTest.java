package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.flush.Box;
import org.relata.it.model.flush.Shelf;
import org.relata.it.model.flush.Sticker;
import org.relata.runtime.ObjectStateException;
import org.relata.runtime.Session;

/**
 * Objects that a closed session stored come back into a new session as persistent, including those
 * without relationships of their own, on H2 and PostgreSQL.
 */
class DetachedObjectsTest {
  private static final Class<?>[] MODEL = {Shelf.class, Box.class, Sticker.class};

  @ParameterizedTest
  @EnumSource(Backend.class)
  void detachedChildWithoutRelationshipsIsNotInsertedAgain(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Shelf shelf = new Shelf("top");
      Sticker red = new Sticker("red");
      shelf.getStickers().add(red);
      try (Session s = db.open()) {
        s.add(shelf);
        s.commit();
      }
      try (Session s = db.open()) {
        s.add(shelf);
        assertTrue(s.contains(red));
        db.log.reset();
        s.commit();
        assertEquals(List.of(), db.log.kinds(), "nothing changed, so nothing is written");
        EntityFields.set(red, "text", "crimson");
        db.log.reset();
        s.commit();
        assertEquals(List.of("UPDATE"), db.log.kinds(), db.log.toString());
      }
      RowsMatchMemory.assertStored(db, List.of(shelf, red));
      assertEquals(1, db.count("sticker"));
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_save_update_sends_pending
  @ParameterizedTest
  @EnumSource(Backend.class)
  void readdingSendsNewAndRemovedCollectionItems(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Sticker o1 = new Sticker("o1");
      Sticker o2 = new Sticker("o2");
      Sticker o3 = new Sticker("o3");
      Shelf u = new Shelf("jack");
      u.getStickers().addAll(List.of(o1, o2));
      try (Session s = db.open()) {
        s.add(u);
        s.commit();
      }
      u.getStickers().add(o3);
      u.getStickers().remove(o1);
      try (Session s = db.open()) {
        s.add(u);
        assertTrue(s.contains(o1));
        assertTrue(s.contains(o2));
        assertTrue(s.contains(o3));
        s.commit();
        assertFalse(s.contains(o1), "o1 was deleted as an orphan");
      }
      RowsMatchMemory.assertStored(db, List.of(u, o2, o3));
      RowsMatchMemory.assertGone(db, List.of(o1));
      assertEquals(
          List.of(List.of("o2"), List.of("o3")),
          db.rows("select \"text\" from \"sticker\" order by 1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void detachedPlainObjectDeletedInACommittedSessionCannotComeBack(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Sticker red = new Sticker("red");
      try (Session s = db.open()) {
        s.add(red);
        s.commit();
      }
      try (Session s = db.open()) {
        s.delete(red); // a detached plain object is still known to be persistent
        s.commit();
      }
      assertEquals(0, db.count("sticker"));
      try (Session s = db.open()) {
        ObjectStateException e = assertThrows(ObjectStateException.class, () -> s.add(red));
        assertTrue(e.getMessage().contains("was deleted"), e.getMessage());
      }
    }
  }
}
