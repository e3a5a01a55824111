package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.User;
import org.relata.runtime.model.User_;

/**
 * Which objects a session manages, and in which order, after many leave it at once: a flush that
 * deletes most of them, and a session that closed while another took an object over.
 */
class SessionMembershipTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aFlushThatDeletesMostObjectsLeavesTheRestManagedInOrder() {
    try (Session s = db.open()) {
      for (int i = 0; i < 150; i++) {
        s.add(new User(String.format("u%03d", i)));
      }
      s.commit();
    }
    try (Session s = db.open()) {
      List<User> users = s.query(User.class).orderBy(User_.NAME.asc()).list();
      assertEquals(150, users.size());
      List<User> kept = new ArrayList<>();
      for (int i = 0; i < users.size(); i++) {
        if (i % 3 == 0) {
          kept.add(users.get(i));
        } else {
          s.delete(users.get(i));
        }
      }
      s.flush(); // 100 of 150 leave the session
      assertEquals(kept, managed(s, User.class), "the rest, in the order they joined");
      for (User u : users) {
        assertEquals(kept.contains(u), s.contains(u), u.getName());
      }
      User late = new User("late");
      s.add(late);
      kept.get(0).setName("first, renamed");
      s.commit();
      List<User> expected = new ArrayList<>(kept);
      expected.add(late);
      assertEquals(expected, managed(s, User.class), "a new object joins at the end");
      assertSame(
          kept.get(1), s.get(User.class, kept.get(1).getId()), "the identity map still holds it");
      assertNull(s.get(User.class, users.get(1).getId()), "deleted");
    }
    assertEquals(List.of(List.of(51L)), db.rows("select count(*) from \"user\""));
    assertEquals(
        List.of(List.of("first, renamed")),
        db.rows("select \"name\" from \"user\" where \"name\" like 'first%'"));
  }

  @Test
  void aClosedSessionNoLongerClaimsAnObjectThatAnotherTookOver() {
    try (Session s = db.open()) {
      s.add(new User("ed"));
      s.commit();
    }
    Session first = db.open();
    User ed = first.select(User.class, DSL.noCondition()).get(0);
    first.close();
    try (Session second = db.open()) {
      second.add(ed);
      assertTrue(second.contains(ed));
      assertFalse(first.contains(ed), "closed, and the object now belongs to another session");
      second.delete(ed);
      assertFalse(second.contains(ed), "deleted");
    }
  }

  /** The managed objects of {@code type}, in the order the session keeps them. */
  private static <E> List<E> managed(Session s, Class<E> type) {
    List<E> out = new ArrayList<>();
    for (EntityState state : s.states()) {
      if (type.isInstance(state.entity) && !state.deleteRequested) {
        out.add(type.cast(state.entity));
      }
    }
    return out;
  }
}
