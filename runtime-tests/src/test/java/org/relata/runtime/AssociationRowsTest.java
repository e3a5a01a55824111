package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.Child;
import org.relata.runtime.model.Parent;

/** Many-to-many links written as the minimal diff of association rows, on H2. */
class AssociationRowsTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  /** A parent linked to {@code n} children, committed; returns the parent's id. */
  private long parentWithChildren(int n) {
    try (Session s = db.open()) {
      Parent p = new Parent("p");
      for (int i = 0; i < n; i++) {
        p.getChildren().add(new Child("c" + i));
      }
      s.add(p);
      s.commit();
      return p.getId();
    }
  }

  @Test
  void linksAreInsertedInOneBatchAfterBothRows() {
    parentWithChildren(3);
    assertEquals(3, db.count("association"));
    assertEquals(
        3,
        db.rows("select * from \"association\" a join \"left\" l on l.\"id\" = a.\"left_id\"")
            .size());
  }

  @Test
  void removingOneOfAThousandLinksIsOneDeleteAndNoInsert() {
    long id = parentWithChildren(1000);
    try (Session s = db.open()) {
      Parent p = s.get(Parent.class, id);
      Child removed = p.getChildren().remove(500);
      assertFalse(removed.getParents().contains(p));
      db.log.clear();
      s.commit();
      assertEquals(List.of("DELETE"), db.log.kinds(), db.log.toString());
    }
    assertEquals(999, db.count("association"));
  }

  @Test
  void aLinkAddedAndRemovedBeforeTheFlushWritesNothing() {
    long id = parentWithChildren(1);
    try (Session s = db.open()) {
      Parent p = s.get(Parent.class, id);
      p.getChildren().size();
      Child c = new Child("new");
      s.add(c);
      p.getChildren().add(c);
      p.getChildren().remove(c);
      db.log.clear();
      s.commit();
      assertEquals(List.of("INSERT"), db.log.kinds(), "only the child's row");
    }
    assertEquals(1, db.count("association"));
  }

  @Test
  void aLinkChangedThroughBothSidesIsWrittenOnce() {
    long id = parentWithChildren(1);
    try (Session s = db.open()) {
      Parent p = s.get(Parent.class, id);
      Child c = p.getChildren().get(0);
      Parent q = new Parent("q");
      s.add(q);
      s.flush();
      // Through the set side, which mirrors onto q's list: both sides now report the link.
      c.getParents().add(q);
      assertTrue(q.getChildren().contains(c));
      db.log.clear();
      s.flush();
      assertEquals(List.of("INSERT"), db.log.kinds());
      // Removed through one side, re-added through the other: no net change.
      c.getParents().remove(p);
      p.getChildren().add(c);
      db.log.clear();
      s.commit();
      assertEquals(List.of(), db.log.sql);
    }
    assertEquals(2, db.count("association"));
  }

  @Test
  void insertsAndDeletesAreChunkedWithinTheBindLimit() {
    long id = parentWithChildren(0);
    List<Child> children = new ArrayList<>();
    try (Session s = db.open()) {
      s.maxBindsPerStatement = 10; // five links of two columns per statement
      Parent p = s.get(Parent.class, id);
      for (int i = 0; i < 12; i++) {
        Child c = new Child("c" + i);
        children.add(c);
        p.getChildren().add(c);
      }
      s.flush();
      db.log.clear();
      s.flush();
      assertEquals(List.of(), db.log.sql);
      p.getChildren().removeIf(c -> children.indexOf(c) < 11);
      db.log.clear();
      s.commit();
      assertEquals(List.of("DELETE", "DELETE", "DELETE"), db.log.kinds());
    }
    assertEquals(1, db.count("association"));
    assertEquals(12, db.count("right"));
  }

  @Test
  void theChunkedInsertWritesEveryLink() {
    try (Session s = db.open()) {
      s.maxBindsPerStatement = 10;
      Parent p = new Parent("p");
      for (int i = 0; i < 12; i++) {
        p.getChildren().add(new Child("c" + i));
      }
      s.add(p);
      db.log.clear();
      s.commit();
      long linkInserts =
          db.log.sql.stream().filter(sql -> sql.startsWith("insert into \"association\"")).count();
      // On H2 each chunk is a JDBC batch: split like a multi-row INSERT, to bound its memory.
      assertEquals(3, linkInserts, db.log.toString());
    }
    assertEquals(12, db.count("association"));
  }

  @Test
  void deletingAnEntityRemovesItsLinksWithOneSetBasedDeleteWithoutLoading() {
    long id = parentWithChildren(5);
    try (Session s = db.open()) {
      Parent p = s.get(Parent.class, id);
      db.log.clear();
      s.delete(p);
      s.commit();
      assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      assertTrue(db.log.sql.get(0).startsWith("delete from \"association\""), db.log.sql.get(0));
    }
    assertEquals(0, db.count("association"));
    assertEquals(0, db.count("left"));
    assertEquals(5, db.count("right"));
  }

  @Test
  void loadedCollectionsDropADeletedObject() {
    long id = parentWithChildren(2);
    try (Session s = db.open()) {
      Parent p = s.get(Parent.class, id);
      Child gone = p.getChildren().get(0);
      assertTrue(gone.getParents().contains(p));
      s.delete(gone);
      s.commit();
      assertEquals(1, p.getChildren().size());
      assertFalse(p.getChildren().contains(gone));
      db.log.clear();
      s.commit();
      assertEquals(List.of(), db.log.sql, "dropping it wrote nothing more");
    }
    assertEquals(1, db.count("association"));
  }
}
