package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.flush.Box;
import org.relata.it.model.flush.Shelf;
import org.relata.it.model.flush.Sticker;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Order;
import org.relata.it.model.orders.OrderLine;
import org.relata.it.model.orders.Team;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.Session;

/**
 * A parent deleted in the same flush as other changes to its children: removals, deletions and new
 * children. Each test checks the rows against memory after a clean commit, on H2 and PostgreSQL.
 */
class DeleteWithPendingChangesTest {
  private static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Customer.class,
    Team.class,
    Order.class,
    OrderLine.class,
    Shelf.class,
    Box.class,
    Sticker.class
  };

  /** Rows of {@code table} that {@code s} sees, flushed but not yet committed included. */
  private static int count(Session s, String table) {
    return s.dsl().fetchCount(DSL.table(DSL.name(table)));
  }

  // test_cascade.py O2MCascadeDeleteNoOrphanTest.test_cascade_delete_noorphans
  @ParameterizedTest
  @EnumSource(Backend.class)
  void removedChildOfDeletedParentKeepsItsRowWithNullKeyUnderCascadeAll(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Shelf shelf = new Shelf("jack");
      Box kept = new Box("someorder");
      Box gone = new Box("someotherorder");
      shelf.getBoxes().addAll(List.of(kept, gone));
      try (Session s = db.open()) {
        s.add(shelf);
        s.flush();
        assertEquals(1, count(s, "shelf"));
        assertEquals(2, count(s, "box"));
        shelf.getBoxes().remove(0);
        s.delete(shelf);
        s.commit();
        assertTrue(s.contains(kept));
        assertFalse(s.contains(gone));
      }
      assertEquals(0, db.count("shelf"));
      assertEquals(1, db.count("box"));
      assertNull(kept.getShelf());
      RowsMatchMemory.assertStored(db, List.of(kept));
      RowsMatchMemory.assertGone(db, List.of(shelf, gone));
      assertEquals(List.of(List.of("someorder")), db.rows("select \"label\" from \"box\""));
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_cascade_delete_plusorphans
  @ParameterizedTest
  @EnumSource(Backend.class)
  void removedChildOfDeletedParentIsDeletedAsAnOrphan(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Order order = new Order("jack");
      OrderLine first = new OrderLine("someorder");
      OrderLine second = new OrderLine("someotherorder");
      order.getLines().addAll(List.of(first, second));
      try (Session s = db.open()) {
        s.add(order);
        s.flush();
        assertEquals(1, count(s, "order"));
        assertEquals(2, count(s, "order_line"));
        order.getLines().remove(0);
        s.delete(order);
        s.commit();
        assertFalse(s.contains(first));
        assertFalse(s.contains(second));
      }
      assertEquals(0, db.count("order"));
      assertEquals(0, db.count("order_line"));
      RowsMatchMemory.assertGone(db, List.of(order, first, second));
    }
  }

  // test_unitofworkv2.py RudimentaryFlushTest.test_one_to_many_delete_all
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingParentAndAllChildrenWritesNoUpdate(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u1 = new User("u1");
      Address a1 = new Address("a1");
      Address a2 = new Address("a2");
      u1.getAddresses().addAll(List.of(a1, a2));
      try (Session s = db.open()) {
        s.add(u1);
        s.flush();
        s.delete(u1);
        s.delete(a1);
        s.delete(a2);
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
        assertTrue(db.log.statements().get(0).contains("\"address\""), db.log.toString());
      }
      assertEquals(0, db.count("address"));
      assertEquals(0, db.count("user_account"));
      RowsMatchMemory.assertGone(db, List.of(u1, a1, a2));
    }
  }

  /**
   * Only the children that memory knows are all deleted: a child another transaction added keeps
   * the UPDATE that frees it.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingParentAndSomeChildrenStillFreesTheOthers(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u1 = new User("u1");
      Address a1 = new Address("a1");
      Address a2 = new Address("a2");
      u1.getAddresses().addAll(List.of(a1, a2));
      try (Session s = db.open()) {
        s.add(u1);
        s.flush();
        s.delete(u1);
        s.delete(a1);
        s.commit();
        assertNull(a2.getUser());
      }
      assertEquals(0, db.count("user_account"));
      RowsMatchMemory.assertStored(db, List.of(a2));
      RowsMatchMemory.assertGone(db, List.of(u1, a1));
    }
  }

  // Beyond SQLAlchemy's suite: its OneToManyDP.presort_deletes leaves a new child of a deleted
  // parent to be inserted with a NULL key when the relationship does not cascade DELETE.
  @ParameterizedTest
  @EnumSource(Backend.class)
  void newChildOfParentDeletedWithoutCascadeIsInsertedWithNullKey(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      ed.getAddresses().add(new Address("old"));
      try (Session s = db.open()) {
        s.add(ed);
        s.commit();
      }
      try (Session s = db.open()) {
        User loaded = s.get(User.class, Ids.of(ed));
        Address fresh = new Address("fresh");
        loaded.getAddresses().add(fresh);
        s.delete(loaded);
        s.commit();
        assertTrue(s.contains(fresh));
        assertNull(fresh.getUser());
        RowsMatchMemory.assertStored(db, List.of(fresh));
        RowsMatchMemory.assertGone(db, List.of(loaded));
      }
      assertEquals(
          List.of(List.of("fresh"), List.of("old")),
          db.rows("select \"email\" from \"address\" where \"user_id\" is null order by 1"));
    }
  }
}
