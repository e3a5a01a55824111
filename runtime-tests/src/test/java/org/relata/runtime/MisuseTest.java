package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.Address;
import org.relata.runtime.model.Node;
import org.relata.runtime.model.User;

/** Clear exceptions for objects used in ways their state forbids, and for closed sessions. */
class MisuseTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  private long savedUser() {
    try (Session s = db.open()) {
      User u = new User("ed");
      u.getAddresses().add(new Address("a"));
      s.add(u);
      s.commit();
      return u.getId();
    }
  }

  @Test
  void anObjectOfAnotherOpenSessionIsRejected() {
    long id = savedUser();
    try (Session one = db.open();
        Session two = db.open()) {
      User u = one.get(User.class, id);
      ObjectStateException e = assertThrows(ObjectStateException.class, () -> two.add(u));
      assertTrue(e.getMessage().contains("another open session"), e.getMessage());
    }
  }

  @Test
  void aDetachedObjectComesBackAsPersistentAndWritesOnlyItsChanges() {
    long id = savedUser();
    User u;
    try (Session one = db.open()) {
      u = one.get(User.class, id);
    }
    try (Session two = db.open()) {
      two.add(u);
      u.setName("edward");
      db.log.clear();
      two.commit();
      assertEquals(List.of("UPDATE"), db.log.kinds());
      assertEquals(
          1, u.getAddresses().size(), "unloaded relationships load through the new session");
    }
  }

  @Test
  void aDeletedObjectCannotBeAddedAgain() {
    long id = savedUser();
    User u;
    try (Session s = db.open()) {
      u = s.get(User.class, id);
      s.delete(u);
      User same = u;
      assertThrows(ObjectStateException.class, () -> s.add(same));
      s.commit();
      assertThrows(ObjectStateException.class, () -> s.add(same));
    }
    try (Session s = db.open()) {
      User same = u;
      ObjectStateException e = assertThrows(ObjectStateException.class, () -> s.add(same));
      assertTrue(e.getMessage().contains("deleted"), e.getMessage());
    }
  }

  @Test
  void anIdChangedAfterPersistingIsRejectedBeforeAnyWrite() {
    long id = savedUser();
    try (Session s = db.open()) {
      User u = s.get(User.class, id);
      u.setName("changed");
      u.setId(id + 1);
      db.log.clear();
      ObjectStateException e = assertThrows(ObjectStateException.class, s::flush);
      assertTrue(e.getMessage().contains("User.id"), e.getMessage());
      assertEquals(List.of(), db.log.sql);
      u.setId(id);
      s.commit();
      assertEquals(List.of("UPDATE"), db.log.kinds());
    }
  }

  @Test
  void aClosedSessionRefusesWork() {
    Session s = db.open();
    s.close();
    s.close(); // closing twice is harmless
    assertThrows(SessionClosedException.class, s::flush);
    assertThrows(SessionClosedException.class, s::commit);
    assertThrows(SessionClosedException.class, () -> s.add(new User("x")));
    assertThrows(SessionClosedException.class, () -> s.get(User.class, 1L));
  }

  @Test
  void anUnloadedRelationshipOfADetachedObjectNamesItselfWhenAccessed() {
    long id = savedUser();
    User u;
    try (Session s = db.open()) {
      u = s.get(User.class, id);
    }
    DetachedInstanceException e = assertThrows(DetachedInstanceException.class, u::getAddresses);
    assertTrue(e.getMessage().contains("User.addresses"), e.getMessage());
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void onlyPersistentObjectsCanBeDeleted() {
    try (Session s = db.open()) {
      assertThrows(ObjectStateException.class, () -> s.delete(new User("new")));
      User pending = new User("pending");
      s.add(pending);
      assertThrows(ObjectStateException.class, () -> s.delete(pending));
    }
  }

  @Test
  void newObjectsThatReferenceEachOtherInACycleAreReportedAndNothingIsWritten() {
    Node a = new Node("a");
    Node b = new Node("b");
    try (Session s = db.open()) {
      s.add(a);
      s.add(b);
      a.getChildren().add(b);
      b.getChildren().add(a); // now each is the other one's parent
      db.log.clear();
      ObjectStateException e = assertThrows(ObjectStateException.class, s::flush);
      assertTrue(e.getMessage().contains("cycle"), e.getMessage());
      assertEquals(List.of(), db.log.sql);
    }
  }
}
