package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.noorphan.Order;
import org.relata.it.model.sqla.noorphan.User;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_cascade.py}: a one-to-many with {@code
 * cascade="all"} and no delete-orphan (O2MCascadeDeleteNoOrphanTest, PendingOrphanTestSingleLevel's
 * non-orphan case): a removed child is kept, with a NULL key.
 */
class CascadeWithoutOrphanTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Order.class};
  }

  // test_cascade.py, PendingOrphanTestSingleLevel.test_nonorphans_ok
  @ParameterizedTest
  @EnumSource(Backend.class)
  void pendingChildRemovedFromItsCollectionIsStillSaved(Backend backend) {
    TestDatabase db = db(backend);
    try (Session s = db.open()) {
      User u = new User("u1");
      Order o = new Order("ad1");
      u.getOrders().add(o);
      s.add(u);
      u.getOrders().remove(o);
      assertTrue(s.contains(o));
      s.commit();
      Rows.assertTable(db, Order.class, o);
      assertNull(o.getUserId());
    }
  }

  // test_cascade.py, O2MCascadeDeleteNoOrphanTest.test_cascade_delete_noorphans
  @ParameterizedTest
  @EnumSource(Backend.class)
  void removedChildSurvivesTheDeleteOfItsFormerParent(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("jack");
    Order kept = new Order("someorder");
    u.getOrders().add(kept);
    u.getOrders().add(new Order("someotherorder"));
    try (Session s = db.open()) {
      s.add(u);
      s.flush();
      assertEquals(
          2,
          s.select(Order.class, org.relata.it.model.sqla.noorphan.OrderRelations.ID.isNotNull())
              .size());
      u.getOrders().remove(0);
      s.delete(u);
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Order.class, kept);
      assertNull(kept.getUserId());
    }
  }
}
