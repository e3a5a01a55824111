package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.backref.Address;
import org.relata.it.model.sqla.backref.User;
import org.relata.it.model.sqla.keywords.Item;
import org.relata.it.model.sqla.keywords.Keyword;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_backref_mutations.py}: moving objects between
 * collections and scalars keeps both sides right, whether the other side is loaded or not, and the
 * rows agree with memory after the commit.
 *
 * <p>SQLAlchemy expires everything on commit; "expired, not loaded yet" is reached here by reading
 * the objects back in a new session, where no relationship is loaded until it is touched.
 */
class BackrefMutationsTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Address.class, Item.class, Keyword.class};
  }

  /** Two users, jack with {@code emails} and ed with none, committed; returns their ids. */
  static long[] jackAndEd(TestDatabase db, String... emails) {
    User jack = new User("jack");
    for (String e : emails) {
      jack.getAddresses().add(new Address(e));
    }
    User ed = new User("ed");
    try (Session s = db.open()) {
      s.add(jack);
      s.add(ed);
      s.commit();
    }
    return new long[] {jack.getId(), ed.getId()};
  }

  static Address address(Session s, String email) {
    return s.query(Address.class).where(Address.EMAIL_ADDRESS.eq(email)).first();
  }

  // test_backref_mutations.py, O2MCollectionTest.test_collection_move_hitslazy
  @ParameterizedTest
  @EnumSource(Backend.class)
  void movingObjectsToANewOwnerLoadsNothing(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "address1", "address2", "address3");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      List<Address> all = s.select(Address.class, Address.ID.isNotNull());
      User fred = new User("fred");
      db.log.reset();
      for (Address a : all) {
        fred.getAddresses().add(a);
      }
      assertEquals(List.of(), db.log.kinds(), db.log.toString());
      s.add(fred);
      s.commit();
      assertEquals(List.of(), jack.getAddresses());
      Rows.assertTable(db, User.class, jack, s.get(User.class, ids[1]), fred);
      Rows.assertTable(db, Address.class, all.toArray(new Address[0]));
      for (Address a : all) {
        assertEquals(fred.getId(), a.getUserId());
      }
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_collection_move_preloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void collectionMoveTakesTheObjectOutOfTheLoadedOldCollection(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "address1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = jack.getAddresses().get(0); // loads jack.addresses
      ed.getAddresses().add(a1);
      assertSame(ed, a1.getUser());
      // a1 removed from jack.addresses, as SQLAlchemy does since its ticket 2789
      assertFalse(jack.getAddresses().contains(a1));
      assertTrue(ed.getAddresses().contains(a1));
      s.commit();
      Rows.assertTable(db, Address.class, a1);
      assertEquals(ed.getId(), a1.getUserId());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_collection_move_notloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void collectionMoveIsSeenByTheOldCollectionWhenItLoadsLater(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "address1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = address(s, "address1");
      ed.getAddresses().add(a1);
      assertSame(ed, a1.getUser());
      assertFalse(jack.getAddresses().contains(a1), "jack.addresses loads without a1");
      assertTrue(ed.getAddresses().contains(a1));
      s.commit();
      Rows.assertTable(db, Address.class, a1);
      assertEquals(ed.getId(), a1.getUserId());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_collection_move_commitfirst
  @ParameterizedTest
  @EnumSource(Backend.class)
  void collectionMoveIsRightAfterTheCommit(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "address1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = jack.getAddresses().get(0);
      ed.getAddresses().add(a1);
      assertSame(ed, a1.getUser());
      s.commit();
      assertFalse(jack.getAddresses().contains(a1));
      assertTrue(ed.getAddresses().contains(a1));
      Rows.assertTable(db, Address.class, a1);
    }
    try (Session s = db.open()) {
      assertEquals(List.of(), s.get(User.class, ids[0]).getAddresses());
      assertEquals(1, s.get(User.class, ids[1]).getAddresses().size());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_scalar_move_preloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void scalarMoveTakesTheObjectOutOfTheLoadedOldCollection(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "a1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = jack.getAddresses().get(0);
      a1.setUser(ed);
      assertFalse(jack.getAddresses().contains(a1));
      assertTrue(ed.getAddresses().contains(a1));
      s.commit();
      Rows.assertTable(db, Address.class, a1);
      assertEquals(ed.getId(), a1.getUserId());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_plain_load_passive
  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyToOneSetDoesNotLoadTheOldValue(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "a1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = address(s, "a1");
      db.log.reset();
      a1.setUser(ed);
      assertEquals(List.of(), db.log.kinds(), "the set runs no statement");
      assertFalse(jack.getAddresses().contains(a1));
      assertTrue(ed.getAddresses().contains(a1));
      s.commit();
      Rows.assertTable(db, Address.class, a1);
      assertEquals(ed.getId(), a1.getUserId());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_set_none
  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyToOneSetToNullRunsNoStatement(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "a1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      Address a1 = address(s, "a1");
      db.log.reset();
      a1.setUser(null);
      assertEquals(List.of(), db.log.kinds(), "the set runs no statement");
      assertFalse(jack.getAddresses().contains(a1));
      s.commit();
      Rows.assertTable(db, Address.class, a1);
      assertNull(a1.getUserId());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_scalar_move_notloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void scalarMoveIsSeenByTheOldCollectionWhenItLoadsLater(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "a1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = address(s, "a1");
      a1.setUser(ed);
      assertFalse(jack.getAddresses().contains(a1));
      assertTrue(ed.getAddresses().contains(a1));
      s.commit();
      Rows.assertTable(db, Address.class, a1);
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_scalar_move_commitfirst
  @ParameterizedTest
  @EnumSource(Backend.class)
  void scalarMoveIsRightAfterTheCommit(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackAndEd(db, "a1");
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = jack.getAddresses().get(0);
      a1.setUser(ed);
      s.commit();
      assertFalse(jack.getAddresses().contains(a1));
      assertTrue(ed.getAddresses().contains(a1));
      Rows.assertTable(db, Address.class, a1);
      assertEquals(ed.getId(), a1.getUserId());
    }
  }

  // test_backref_mutations.py, O2MCollectionTest.test_collection_assignment_mutates_previous_one
  @Test
  void collectionAssignmentTakesTheObjectFromItsPreviousOwner() {
    User jack = new User("jack");
    User ed = new User("ed");
    Address a1 = new Address("a1");
    jack.getAddresses().add(a1);
    assertSame(jack, a1.getUser());
    ed.setAddresses(List.of(a1));
    assertEquals(List.of(), jack.getAddresses());
    assertSame(ed, a1.getUser());
  }

  // test_backref_mutations.py, O2MCollectionTest.test_collection_assignment_mutates_previous_two
  @Test
  void assigningAnEmptyCollectionClearsTheManyToOne() {
    User jack = new User("jack");
    Address a1 = new Address("a1");
    jack.getAddresses().add(a1);
    assertSame(jack, a1.getUser());
    jack.setAddresses(List.of());
    assertNull(a1.getUser());
  }

  // test_backref_mutations.py, O2MCollectionTest.test_del_from_collection
  @Test
  void removingByIndexClearsTheManyToOne() {
    User jack = new User("jack");
    Address a1 = new Address("a1");
    jack.getAddresses().add(a1);
    jack.getAddresses().remove(0);
    assertNull(a1.getUser());
  }

  // test_backref_mutations.py, O2MCollectionTest.test_del_from_scalar
  @Test
  void clearingTheManyToOneRemovesFromTheCollection() {
    User jack = new User("jack");
    Address a1 = new Address("a1");
    jack.getAddresses().add(a1);
    a1.setUser(null);
    assertFalse(jack.getAddresses().contains(a1));
  }

  // test_backref_mutations.py, O2MCollectionTest.test_straight_remove
  @Test
  void removingTheLastByIndexClearsItsManyToOneOnly() {
    User u1 = new User();
    Address a1 = new Address("1");
    Address a2 = new Address("2");
    Address a3 = new Address("3");
    u1.getAddresses().addAll(List.of(a1, a2, a3));
    u1.getAddresses().remove(2);
    assertNull(a3.getUser());
    assertEquals(List.of(a1, a2), u1.getAddresses());
    assertSame(u1, a2.getUser());
  }

  // test_backref_mutations.py, O2MStaleBackrefTest.test_backref_pop_m2o
  @Test
  void appendingToAnotherCollectionPopsTheObjectFromTheFirst() {
    User u1 = new User();
    User u2 = new User();
    Address a1 = new Address();
    u1.getAddresses().add(a1);
    u2.getAddresses().add(a1);
    assertFalse(u1.getAddresses().contains(a1));
    assertSame(u2, a1.getUser());
    assertTrue(u2.getAddresses().contains(a1));
  }

  /** An item committed with the keywords named, and the keywords; returns the item's id. */
  static long item(TestDatabase db, String description, String... keywords) {
    Item i = new Item(description);
    for (String k : keywords) {
      i.getKeywords().add(new Keyword(k));
    }
    try (Session s = db.open()) {
      s.add(i);
      s.commit();
    }
    return i.getId();
  }

  // test_backref_mutations.py, M2MCollectionMoveTest.test_add_remove_pending_backref
  @ParameterizedTest
  @EnumSource(Backend.class)
  void pendingAddThenRemoveThroughTheBackrefIsNoNetAdd(Backend backend) {
    TestDatabase db = db(backend);
    long id = item(db, "i1");
    try (Session s = db.open()) {
      s.setAutoflush(false);
      Item i1 = s.get(Item.class, id);
      Keyword k1 = new Keyword("k1");
      k1.getItems().add(i1);
      k1.getItems().remove(i1);
      assertEquals(List.of(), i1.getKeywords());
      s.commit();
      Rows.assertTable(db, Item.class, i1);
      Rows.assertTable(db, Keyword.class);
      Rows.assertLinks(db, "item_keywords", List.of());
    }
  }

  // test_backref_mutations.py, M2MCollectionMoveTest.test_remove_add_pending_backref
  @ParameterizedTest
  @EnumSource(Backend.class)
  void pendingRemoveThenAddThroughTheBackrefIsNoNetRemove(Backend backend) {
    TestDatabase db = db(backend);
    long id = item(db, "i1", "k1");
    try (Session s = db.open()) {
      s.setAutoflush(false);
      Item i1 = s.get(Item.class, id);
      Keyword k1 = s.query(Keyword.class).first();
      k1.getItems().remove(i1);
      k1.getItems().add(i1);
      assertEquals(List.of(k1), i1.getKeywords());
      db.log.reset();
      s.commit();
      assertFalse(db.log.kinds().contains("DELETE"), "a removal undone writes nothing");
      Rows.assertLinks(db, "item_keywords", List.of(Rows.pair(i1.getId(), k1.getId())));
    }
  }

  // test_backref_mutations.py, M2MCollectionMoveTest.test_pending_combines_with_flushed
  @ParameterizedTest
  @EnumSource(Backend.class)
  void pendingBackrefAddCombinesWithTheLazyLoad(Backend backend) {
    TestDatabase db = db(backend);
    long id = item(db, "i1", "k1");
    try (Session s = db.open()) {
      s.add(new Keyword("k2"));
      s.commit();
    }
    try (Session s = db.open()) {
      s.setAutoflush(false);
      Item i1 = s.get(Item.class, id);
      Keyword k2 = s.query(Keyword.class).where(Keyword.NAME.eq("k2")).first();
      k2.getItems().add(i1);
      Keyword k1 = s.query(Keyword.class).where(Keyword.NAME.eq("k1")).first();
      assertEquals(List.of(k1, k2), i1.getKeywords(), "loaded k1, then pending k2");
      assertEquals(1, db.count("item_keywords"), "nothing was flushed");
      s.commit();
      Rows.assertLinks(
          db,
          "item_keywords",
          List.of(Rows.pair(i1.getId(), k1.getId()), Rows.pair(i1.getId(), k2.getId())));
    }
  }

  // test_backref_mutations.py, M2MCollectionMoveTest.test_bulk_replace
  @Test
  void manyToManyBulkReplaceMirrorsAdditionsAndRemovals() {
    Keyword k1 = new Keyword("k1");
    Keyword k2 = new Keyword("k2");
    Keyword k3 = new Keyword("k3");
    Item i1 = new Item("i1");
    i1.setKeywords(List.of(k1, k2));
    Item i2 = new Item("i2");
    i2.setKeywords(List.of(k3));
    i1.setKeywords(List.of(k2, k3));
    assertTrue(k3.getItems().contains(i1));
    assertTrue(k3.getItems().contains(i2));
    assertFalse(k1.getItems().contains(i1));
  }

  // test_backref_mutations.py, M2MStaleBackrefTest.test_backref_pop_m2m (the second append of i1
  // to k2 is a no-op here: collections hold each object once)
  @Test
  void manyToManyClearThenRemoveLeavesBothSidesEmpty() {
    Keyword k1 = new Keyword();
    Keyword k2 = new Keyword();
    Item i1 = new Item();
    k1.getItems().add(i1);
    k2.getItems().add(i1);
    k2.getItems().add(i1);
    i1.setKeywords(List.of());
    k2.getItems().remove(i1);
    assertEquals(0, k2.getItems().size());
    assertEquals(0, k1.getItems().size());
  }
}
