package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Order;
import org.relata.it.model.orders.OrderLine;
import org.relata.it.model.orders.Team;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.ObjectStateException;
import org.relata.runtime.Session;

/**
 * When the save-update cascade runs: at once, when the application links an object from the side
 * that cascades; never for a change made from the other side, as in SQLAlchemy 2.0. An object that
 * a managed one reaches but that is in no session fails the flush loudly, with nothing written.
 */
class SaveUpdateTimingTest {
  private static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Customer.class,
    Team.class,
    Order.class,
    OrderLine.class
  };

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_remove_pending_from_collection (the append)
  @ParameterizedTest
  @EnumSource(Backend.class)
  void appendingToAPersistentParentAddsTheChildAtOnce(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Order u = new Order("jack");
      try (Session s = db.open()) {
        s.add(u);
        s.commit();
        OrderLine o1 = new OrderLine("o1");
        u.getLines().add(o1);
        assertTrue(s.contains(o1), "the save-update cascade runs when the child is appended");
        s.commit();
        RowsMatchMemory.assertStored(db, List.of(u, o1));
      }
    }
  }

  // test_cascade.py NoBackrefCascadeTest.test_o2m_basic and test_o2m_commit_warns; SQLAlchemy
  // warns and skips the object at commit, Relata refuses the commit (README, differences).
  @ParameterizedTest
  @EnumSource(Backend.class)
  void changeFromTheReverseSideDoesNotAddTheObjectAndTheFlushRefuses(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u1 = new User("u1");
      try (Session s = db.open()) {
        s.add(u1);
        Address a1 = new Address("a1");
        a1.setUser(u1);
        assertFalse(s.contains(a1));
        db.log.reset();
        ObjectStateException e = assertThrows(ObjectStateException.class, s::commit);
        assertTrue(e.getMessage().contains("Address(a1)"), e.getMessage());
        assertTrue(e.getMessage().contains("User (new)"), e.getMessage());
        assertTrue(e.getMessage().contains("session.add"), e.getMessage());
        assertEquals(List.of(), db.log.kinds(), "nothing was written");
        assertFalse(s.contains(a1));
        s.add(a1);
        s.commit();
        RowsMatchMemory.assertStored(db, List.of(u1, a1));
      }
      assertEquals(1, db.count("address"));
    }
  }

  // test_cascade.py NoBackrefCascadeTest.test_m2o_basic and test_m2o_commit_warns
  @ParameterizedTest
  @EnumSource(Backend.class)
  void appendingToANewParentFromTheChildSideDoesNotAddTheParent(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        Address a1 = new Address("a1");
        s.add(a1);
        User u1 = new User("u1");
        u1.getAddresses().add(a1);
        assertFalse(s.contains(u1));
        ObjectStateException e = assertThrows(ObjectStateException.class, s::commit);
        assertTrue(e.getMessage().contains("User(u1)"), e.getMessage());
        s.add(u1);
        s.commit();
        assertSame(u1, a1.getUser());
        RowsMatchMemory.assertStored(db, List.of(u1, a1));
      }
    }
  }

  /**
   * Found beyond SQLAlchemy's suite: a new line attached to a persistent order whose lines were
   * never loaded. The link waits in the unloaded collection; the flush sees it and refuses, rather
   * than committing without the line.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void linkQueuedOnAnUnloadedCollectionIsNeverLostSilently(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Order order = new Order("o");
      try (Session s = db.open()) {
        s.add(order);
        s.commit();
      }
      try (Session s = db.open()) {
        Order loaded = s.get(Order.class, order.getId());
        OrderLine line = new OrderLine("pen");
        line.setOrder(loaded);
        assertFalse(s.contains(line));
        ObjectStateException e = assertThrows(ObjectStateException.class, s::commit);
        assertTrue(e.getMessage().contains("OrderLine(pen)"), e.getMessage());
        assertTrue(e.getMessage().contains("Order " + order.getId()), e.getMessage());
        assertEquals(0, db.count("order_line"));
        s.add(line);
        s.commit();
        assertTrue(s.contains(line));
        RowsMatchMemory.assertStored(db, List.of(loaded, line));
        assertEquals(List.of(line), loaded.getLines());
      }
      assertEquals(
          List.of(List.of("pen", order.getId())),
          db.rows("select \"product\", \"order_id\" from \"order_line\""));
    }
  }

  /** The forward many-to-one cascades too: the new parent joins when the child points at it. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void settingTheManyToOneOfAManagedChildAddsTheNewParentAtOnce(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        Address a = new Address("a");
        s.add(a);
        s.commit();
        User u = new User("u");
        a.setUser(u);
        assertTrue(s.contains(u));
        s.commit();
        RowsMatchMemory.assertStored(db, List.of(u, a));
      }
    }
  }
}
