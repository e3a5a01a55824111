package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.Address;
import org.relata.runtime.model.Group;
import org.relata.runtime.model.Membership;
import org.relata.runtime.model.Node;
import org.relata.runtime.model.Order;
import org.relata.runtime.model.OrderLine;
import org.relata.runtime.model.User;

/** Deletes, their cascades and orphans, and association objects with composite keys, on H2. */
class DeleteAndCompositeKeyTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  private long orderWithLines(String... products) {
    try (Session s = db.open()) {
      Order o = new Order("o1");
      for (String p : products) {
        o.getLines().add(new OrderLine(p));
      }
      s.add(o);
      s.commit();
      return o.getId();
    }
  }

  @Test
  void deletingAParentWithoutDeleteCascadeNullsItsChildrenWithOneUpdate() {
    long id;
    try (Session s = db.open()) {
      User u = new User("ed");
      u.getAddresses().add(new Address("a"));
      u.getAddresses().add(new Address("b"));
      s.add(u);
      s.commit();
      id = u.getId();
    }
    try (Session s = db.open()) {
      User u = s.get(User.class, id);
      db.log.clear();
      s.delete(u);
      s.commit();
      assertEquals(List.of("UPDATE", "DELETE"), db.log.kinds(), db.log.toString());
    }
    assertEquals(
        List.of(Arrays.asList((Object) null), Arrays.asList((Object) null)),
        db.rows("select \"user_id\" from \"address\""));
  }

  @Test
  void inMemoryChildrenOfADeletedParentLoseTheReference() {
    try (Session s = db.open()) {
      User u = new User("ed");
      Address a = new Address("a");
      u.getAddresses().add(a);
      s.add(u);
      s.flush();
      s.delete(u);
      s.commit();
      assertNull(a.getUserId());
      assertNull(a.getUser());
      db.log.clear();
      s.commit();
      assertEquals(List.of(), db.log.sql);
    }
  }

  @Test
  void deleteCascadeLoadsAndDeletesChildrenFirst() {
    long id = orderWithLines("x", "y");
    try (Session s = db.open()) {
      Order o = s.get(Order.class, id);
      db.log.clear();
      s.delete(o);
      assertEquals(List.of("SELECT"), db.log.kinds(), "the lines are loaded to be deleted");
      s.commit();
      assertEquals(List.of("SELECT", "DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      assertTrue(db.log.sql.get(1).startsWith("delete from \"order_line\""));
    }
    assertEquals(0, db.count("order_line"));
    assertEquals(0, db.count("order"));
  }

  @Test
  void aChildRemovedFromADeleteOrphanParentIsDeleted() {
    long id = orderWithLines("x", "y");
    try (Session s = db.open()) {
      Order o = s.get(Order.class, id);
      OrderLine y = o.getLines().get(0); // orderBy "product DESC"
      assertEquals("y", y.getProduct());
      o.getLines().remove(y);
      db.log.clear();
      s.commit();
      assertEquals(List.of("DELETE"), db.log.kinds(), db.log.toString());
      assertFalse(s.contains(y));
    }
    assertEquals(List.of(List.of("x")), db.rows("select \"product\" from \"order_line\""));
  }

  @Test
  void aChildMovedToAnotherDeleteOrphanParentIsNotAnOrphan() {
    long first = orderWithLines("x");
    long second = orderWithLines();
    try (Session s = db.open()) {
      OrderLine x = s.get(Order.class, first).getLines().get(0);
      Order to = s.get(Order.class, second);
      x.setOrder(to);
      db.log.clear();
      s.commit();
      assertEquals(List.of("UPDATE"), db.log.kinds(), "to's lines were never loaded");
      assertEquals(List.of(x), to.getLines(), "loading merges the pending link once");
    }
    assertEquals(List.of(List.of(second)), db.rows("select \"order_id\" from \"order_line\""));
  }

  @Test
  void deletingATreeDeletesLeavesFirst() {
    long rootId;
    try (Session s = db.open()) {
      Node root = new Node("root");
      Node a = new Node("a");
      root.getChildren().add(a);
      a.getChildren().add(new Node("a1"));
      root.getChildren().add(new Node("b"));
      s.add(root);
      s.commit();
      rootId = root.getId();
    }
    try (Session s = db.open()) {
      s.delete(s.get(Node.class, rootId));
      db.log.clear();
      s.commit();
      assertEquals(List.of("DELETE", "DELETE", "DELETE"), db.log.kinds(), db.log.toString());
    }
    assertEquals(0, db.count("node"));
  }

  @Test
  void associationObjectsWithCompositeKeysAreInsertedUpdatedAndOrphaned() {
    User ed = new User("ed");
    User wendy = new User("wendy");
    try (Session s = db.open()) {
      Group g = new Group(7, "admins"); // an id set by the application is used as it is
      g.getMemberships().add(new Membership(ed, "owner"));
      g.getMemberships().add(new Membership(wendy, "member"));
      s.add(g);
      s.add(ed); // Membership.user does not cascade from the user side; add users explicitly
      s.add(wendy);
      s.commit();
    }
    assertEquals(
        List.of(List.of(ed.getId(), 7L, "owner"), List.of(wendy.getId(), 7L, "member")),
        db.rows(
            "select \"user_id\", \"group_id\", \"role\" from \"membership\" order by \"user_id\""));
    try (Session s = db.open()) {
      Membership m = s.get(Membership.class, List.of(wendy.getId(), 7L));
      assertSame(m, s.get(Membership.class, List.of(wendy.getId().intValue(), 7)));
      m.setRole("owner");
      db.log.clear();
      s.flush();
      assertEquals(List.of("UPDATE"), db.log.kinds());
      assertTrue(db.log.sql.get(0).contains("\"user_id\""), "keyed by both columns");
      Group g = s.get(Group.class, 7L);
      g.getMemberships().remove(m);
      db.log.clear();
      s.commit();
      assertEquals(List.of("DELETE"), db.log.kinds(), db.log.toString());
    }
    assertEquals(List.of(List.of(ed.getId())), db.rows("select \"user_id\" from \"membership\""));
  }

  @Test
  void onDeleteCascadeIsHonouredBySchema() {
    User ed = new User("ed");
    try (Session s = db.open()) {
      Group g = new Group(1, "g");
      g.getMemberships().add(new Membership(ed, "owner"));
      s.add(g);
      s.add(ed);
      s.commit();
    }
    db.plain.execute("delete from \"user\"");
    assertEquals(0, db.count("membership"));
  }
}
