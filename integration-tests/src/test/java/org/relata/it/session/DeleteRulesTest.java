package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Order;
import org.relata.it.model.orders.OrderLine;
import org.relata.it.model.orders.Team;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.Session;

/** Deletes, DELETE cascades, orphans and passive deletes, on H2 and PostgreSQL. */
class DeleteRulesTest {
  private static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Customer.class,
    Team.class,
    Order.class,
    OrderLine.class,
    Club.class,
    Member.class,
    Membership.class
  };

  @ParameterizedTest
  @EnumSource(Backend.class)
  void withoutDeleteCascadeTheChildrenKeepTheirRowsWithNullKeys(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      Address a = new Address("a");
      ed.getAddresses().add(a);
      ed.getAddresses().add(new Address("b"));
      try (Session s = db.open()) {
        s.add(ed);
        s.commit();
        db.log.reset();
        s.delete(ed);
        s.commit();
        // One set-based UPDATE for the addresses; ed's profile is known to be none, so it needs
        // no UPDATE.
        assertEquals(List.of("UPDATE", "DELETE"), db.log.kinds(), db.log.toString());
        assertEquals(null, a.getUser());
      }
      assertEquals(
          List.of(Arrays.asList("a", null), Arrays.asList("b", null)),
          db.rows("select \"email\", \"user_id\" from \"address\" order by 1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void deleteCascadeAndDeleteOrphanRemoveOwnedRows(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Customer c = new Customer("c1", "C");
      Order kept = new Order("kept");
      Order gone = new Order("gone");
      for (String p : List.of("x", "y")) {
        kept.getLines().add(new OrderLine(p));
        gone.getLines().add(new OrderLine(p));
      }
      c.getOrders().addAll(List.of(kept, gone));
      try (Session s = db.open()) {
        s.add(c);
        s.commit();
      }
      try (Session s = db.open()) {
        Customer loaded = s.get(Customer.class, "c1");
        List<Order> orders = loaded.getOrders();
        Order k = orders.get(0).toString().contains("kept") ? orders.get(0) : orders.get(1);
        Order g = k == orders.get(0) ? orders.get(1) : orders.get(0);
        OrderLine orphan = k.getLines().remove(0); // orderBy "product": x
        assertEquals("x", orphan.getProduct());
        db.log.reset();
        s.delete(g);
        assertEquals(List.of("SELECT"), db.log.kinds(), "the DELETE cascade loads g's lines");
        db.log.reset();
        s.commit();
        // The orphan and g's lines go in one statement, children before their order.
        assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
        assertFalse(loaded.getOrders().contains(g), "loaded collections drop a deleted object");
      }
      assertEquals(
          List.of(List.of("kept", "y")),
          db.rows(
              "select o.\"code\", l.\"product\" from \"order_line\" l join \"order\" o on o.\"id\" = l.\"order_id\""));
      assertEquals(1, db.count("order"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void passiveDeletesLeaveDependentsToOnDeleteCascade(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Club club = new Club("chess");
      Member ann = new Member("ann");
      Membership m = new Membership("captain");
      m.setMember(ann);
      club.getMemberships().add(m);
      try (Session s = db.open()) {
        s.add(club);
        s.commit();
      }
      assertEquals(List.of(List.of("captain")), db.rows("select \"role\" from \"membership\""));
      try (Session s = db.open()) {
        Club loaded = s.get(Club.class, Ids.of(club));
        db.log.reset();
        s.delete(loaded);
        s.commit();
        assertEquals(
            List.of("DELETE"), db.log.kinds(), "memberships were neither loaded nor deleted");
      }
      assertEquals(0, db.count("membership"));
      assertEquals(1, db.count("member"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void compositeKeyRowsAreUpdatedByBothColumnsAndOrphansDeleted(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Club club = new Club("go");
      Member ann = new Member("ann");
      Member bob = new Member("bob");
      for (Member member : List.of(ann, bob)) {
        Membership m = new Membership("player");
        m.setMember(member);
        club.getMemberships().add(m);
      }
      try (Session s = db.open()) {
        s.add(club);
        s.commit();
        Membership first = club.getMemberships().get(0);
        EntityFields.set(first, "role", "captain");
        db.log.reset();
        s.flush();
        assertEquals(List.of("UPDATE"), db.log.kinds());
        club.getMemberships().remove(1);
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE"), db.log.kinds());
      }
      assertEquals(
          List.of(List.of(Ids.of(ann), "captain")),
          db.rows("select \"member_id\", \"role\" from \"membership\""));
    }
  }
}
