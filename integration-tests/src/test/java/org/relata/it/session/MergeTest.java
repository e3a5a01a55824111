package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.merging.Note;
import org.relata.it.model.merging.Writer;
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
 * {@code Session.merge} on H2 and PostgreSQL, with the rows checked after a clean commit. Each test
 * names its source in SQLAlchemy's {@code test/orm/test_merge.py} (class MergeTest).
 */
class MergeTest {
  private static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Customer.class,
    Order.class,
    OrderLine.class,
    Team.class,
    Writer.class,
    Note.class
  };

  private static User user(long id, String name, String... emails) {
    User u = new User(name);
    EntityFields.set(u, "id", id);
    for (String e : emails) {
      u.getAddresses().add(new Address(e));
    }
    return u;
  }

  private static List<List<Object>> addresses(TestDatabase db) {
    return db.rows("select \"email\", \"user_id\" from \"address\" order by \"email\"");
  }

  /** test_transient_to_pending and test_transient_to_pending_no_pk. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void transientToPending(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        User u = user(7, "fred");
        db.log.reset();
        User u2 = s.merge(u);
        assertEquals(List.of("SELECT"), db.log.kinds(), "looked for row 7");
        assertNotSame(u, u2);
        assertTrue(s.contains(u2));
        assertTrue(!s.contains(u), "the source does not join");
        db.log.reset();
        User noPk = s.merge(new User("wilma"));
        assertEquals(List.of("INSERT"), db.log.kinds(), "the autoflush; no id: no needless load");
        assertTrue(s.contains(noPk));
        s.commit();
      }
      assertEquals(
          List.of(List.of("fred"), List.of("wilma")),
          db.rows("select \"name\" from \"user_account\" order by \"name\""));
      assertEquals(
          List.of(List.of(7L)),
          db.rows("select \"id\" from \"user_account\" where \"name\" = 'fred'").stream()
              .map(r -> List.<Object>of(((Number) r.get(0)).longValue()))
              .toList());
    }
  }

  /** test_transient_to_pending_collection and test_unsaved_cascade. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void transientToPendingCollection(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u = user(7, "fred", "fred1", "fred2");
      try (Session s = db.open()) {
        User u2 = s.merge(u);
        assertNotSame(u, u2);
        assertEquals(2, u2.getAddresses().size());
        for (Address a : u2.getAddresses()) {
          assertTrue(s.contains(a));
          assertTrue(!u.getAddresses().contains(a), "copies, not the source's objects");
          assertSame(u2, a.getUser());
        }
        assertEquals(2, u.getAddresses().size(), "the source is unchanged");
        s.commit();
      }
      assertEquals(List.of(List.of("fred1", 7L), List.of("fred2", 7L)), longs(addresses(db)));
    }
  }

  /** test_transient_to_persistent: the row's instance is loaded, and the copy becomes an UPDATE. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void transientToPersistent(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        s.add(user(7, "fred"));
        s.commit();
      }
      try (Session s = db.open()) {
        User given = user(7, "fred jones");
        User u2 = s.merge(given);
        assertNotSame(given, u2);
        assertSame(u2, s.get(User.class, 7L));
        db.log.reset();
        s.commit();
        assertEquals(List.of("UPDATE"), db.log.kinds());
      }
      assertEquals(
          List.of(List.of("fred jones")), db.rows("select \"name\" from \"user_account\""));
    }
  }

  /**
   * test_transient_to_persistent_collection: the merged collection replaces the stored one. With
   * delete-orphan (Order.lines) the lines left out are deleted; without it (User.addresses) they
   * are de-associated.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void transientToPersistentCollection(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Order order = new Order("o1");
      EntityFields.set(order, "id", 7L);
      order.getLines().add(line(1, "fred1"));
      order.getLines().add(line(2, "fred2"));
      try (Session s = db.open()) {
        s.add(order);
        s.add(user(7, "fred", "a1", "a2"));
        s.commit();
      }
      Order given = new Order("o1");
      EntityFields.set(given, "id", 7L);
      given.getLines().add(line(3, "fred3"));
      given.getLines().add(line(4, "fred4"));
      try (Session s = db.open()) {
        Order merged = s.merge(given);
        assertEquals(List.of("fred3", "fred4"), products(merged));
        s.merge(user(7, "fred", "a3"));
        s.commit();
      }
      assertEquals(
          List.of(List.of("fred3", 7L), List.of("fred4", 7L)),
          longs(
              db.rows(
                  "select \"product\", \"order_id\" from \"order_line\" order by \"product\"")));
      assertEquals(List.of(row("a1", null), row("a2", null), row("a3", 7L)), longs(addresses(db)));
    }
  }

  /** test_detached_to_persistent_collection: changes made to a detached object are merged. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void detachedToPersistentCollection(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u = user(7, "fred", "fred1", "fred2");
      Address a = u.getAddresses().get(0);
      try (Session s = db.open()) {
        s.add(u);
        s.commit();
      }
      EntityFields.set(u, "name", "fred jones");
      u.getAddresses().add(new Address("fred3"));
      u.getAddresses().remove(a);
      try (Session s = db.open()) {
        User merged = s.merge(u);
        assertNotSame(u, merged);
        s.commit();
      }
      assertEquals(
          List.of(List.of("fred jones")), db.rows("select \"name\" from \"user_account\""));
      assertEquals(
          List.of(row("fred1", null), row("fred2", 7L), row("fred3", 7L)), longs(addresses(db)));
    }
  }

  /**
   * test_attribute_cascade: a detached graph with changed columns on both levels, merged into a new
   * session; merging the stored graph again changes nothing.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void attributeCascade(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u = user(7, "fred", "foo@bar.com", "hoho@la.com");
      try (Session s = db.open()) {
        s.add(u);
        s.commit();
      }
      EntityFields.set(u, "name", "fred2");
      u.getAddresses().get(1).setEmail("hoho@lalala.com");
      try (Session s = db.open()) {
        User u3 = s.merge(u);
        assertEquals("fred2", EntityFields.get(u3, "name"));
        for (Address a : u3.getAddresses()) {
          assertSame(u3, a.getUser());
        }
        s.commit();
      }
      assertEquals(
          List.of(List.of("foo@bar.com", 7L), List.of("hoho@lalala.com", 7L)),
          longs(addresses(db)));
      try (Session s = db.open()) {
        User loaded = s.get(User.class, 7L);
        loaded.getAddresses().size();
        User again = s.merge(u);
        assertSame(loaded, again);
        db.log.reset();
        s.flush();
        assertEquals(List.of(), db.log.kinds(), "no changes; the flush writes nothing");
      }
    }
  }

  /**
   * test_no_relationship_cascade: a many-to-one without MERGE is left alone, its key column too,
   * and its target is not merged.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void noRelationshipCascade(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id;
      try (Session s = db.open()) {
        Note a1 = new Note("asdf");
        a1.setWriter(new Writer("fred"));
        s.add(a1);
        s.commit();
        id = Ids.of(a1);
      }
      try (Session s = db.open()) {
        Note a2 = new Note("bar");
        EntityFields.set(a2, "id", id);
        a2.setWriter(new Writer("hoho"));
        Note merged = s.merge(a2);
        s.commit();
        assertEquals("fred", EntityFields.get(merged.getWriter(), "name"));
      }
      assertEquals(List.of(List.of("bar")), db.rows("select \"text\" from \"note\""));
      assertEquals(List.of(List.of("fred")), db.rows("select \"name\" from \"writer\""));
    }
  }

  /**
   * test_many_to_one_cascade: a many-to-one with MERGE merges its target; a null reference with a
   * key column set takes the row of the key.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyToOneCascade(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        s.add(user(7, "fred", "a1"));
        s.add(user(8, "ed"));
        s.commit();
      }
      Object addressId = db.rows("select \"id\" from \"address\"").get(0).get(0);
      try (Session s = db.open()) {
        Address given = new Address("a1 moved");
        EntityFields.set(given, "id", ((Number) addressId).longValue());
        given.setUser(user(8, "ed jones"));
        Address merged = s.merge(given);
        User ed = s.get(User.class, 8L);
        assertSame(ed, merged.getUser());
        assertTrue(ed.getAddresses().contains(merged));
        assertEquals(List.of(), s.get(User.class, 7L).getAddresses());
        Address byKey = new Address("by key");
        EntityFields.set(byKey, "userId", 7L);
        Address merged2 = s.merge(byKey);
        assertSame(s.get(User.class, 7L), merged2.getUser());
        s.commit();
      }
      assertEquals(List.of(List.of("a1 moved", 8L), List.of("by key", 7L)), longs(addresses(db)));
      assertEquals(
          List.of(List.of("fred"), List.of("ed jones")),
          db.rows("select \"name\" from \"user_account\" order by \"id\""));
    }
  }

  /**
   * An object of the session comes back as it is; the instance of a row deleted but not yet flushed
   * is refused.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void ownObjectsAndDeletedRows(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        User u = user(7, "fred");
        s.add(u);
        assertSame(u, s.merge(u));
        s.commit();
        s.setAutoflush(false); // with it on, the merge would flush the deletion first
        s.delete(u);
        ObjectStateException e =
            assertThrows(ObjectStateException.class, () -> s.merge(user(7, "again")));
        assertTrue(e.getMessage().contains("deleted"), e.getMessage());

        // Refused before anything changes, also when the deleted row is deep in the copy's graph.
        User ed = user(8, "ed", "e1");
        s.add(ed);
        s.commit();
        Address e1 = ed.getAddresses().get(0);
        s.delete(e1);
        User copy = user(8, "ed changed");
        Address e1Copy = new Address("e1 changed");
        EntityFields.set(e1Copy, "id", Ids.of(e1));
        copy.getAddresses().add(e1Copy);
        copy.getAddresses().add(new Address("e2"));
        assertThrows(ObjectStateException.class, () -> s.merge(copy));
        assertEquals("ed", EntityFields.get(ed, "name"));
        assertEquals("e1", e1.getEmail());
        s.commit();
      }
      assertEquals(List.of(List.of("ed")), db.rows("select \"name\" from \"user_account\""));
      assertEquals(0, db.count("address"));
    }
  }

  private static OrderLine line(long id, String product) {
    OrderLine l = new OrderLine(product);
    EntityFields.set(l, "id", id);
    return l;
  }

  private static List<String> products(Order o) {
    return o.getLines().stream().map(OrderLine::getProduct).toList();
  }

  /** Rows with every integral number as a Long, as H2 and PostgreSQL return different types. */
  private static List<List<Object>> longs(List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> r : rows) {
      List<Object> row = new ArrayList<>();
      for (Object v : r) {
        row.add(v instanceof Number n ? (Object) n.longValue() : v);
      }
      out.add(row);
    }
    return out;
  }

  /** A row that may hold null, which List.of refuses. */
  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
