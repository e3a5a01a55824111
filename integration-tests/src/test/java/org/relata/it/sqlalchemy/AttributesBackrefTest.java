package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
 * Ported from the backref parts of SQLAlchemy's {@code test/orm/test_attributes.py}: BackrefTest
 * (in memory) and PendingBackrefTest, whose lazy collection is a real one here: a user read back in
 * a new session, whose addresses are not loaded yet.
 */
class AttributesBackrefTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Address.class, Item.class, Keyword.class};
  }

  // test_attributes.py, BackrefTest.test_m2m
  @Test
  void manyToManyBackrefMirrorsAppendRemoveAndAssignment() {
    Item s = new Item("student");
    Keyword c = new Keyword("course");
    s.getKeywords().add(c);
    assertEquals(List.of(s), c.getItems());
    s.getKeywords().remove(c);
    assertEquals(List.of(), c.getItems());
    Item s1 = new Item("s1");
    Item s2 = new Item("s2");
    Item s3 = new Item("s3");
    c.setItems(List.of(s1, s2, s3));
    assertEquals(List.of(c), s2.getKeywords());
    assertEquals(List.of(c), s1.getKeywords());
    s1.getKeywords().remove(c);
    assertEquals(List.of(s2, s3), c.getItems());
  }

  // test_attributes.py, BackrefTest.test_o2m
  @Test
  void oneToManyBackrefMirrorsAppendAndScalarSets() {
    User b = new User("blog");
    Address p1 = new Address("p1");
    Address p2 = new Address("p2");
    Address p3 = new Address("p3");
    b.getAddresses().add(p1);
    b.getAddresses().add(p2);
    b.getAddresses().add(p3);
    assertEquals(List.of(p1, p2, p3), b.getAddresses());
    assertSame(b, p2.getUser());
    p3.setUser(null);
    assertEquals(List.of(p1, p2), b.getAddresses());
    Address p4 = new Address("p4");
    p4.setUser(b);
    assertEquals(List.of(p1, p2, p4), b.getAddresses());
    p4.setUser(b);
    p4.setUser(b);
    assertEquals(List.of(p1, p2, p4), b.getAddresses(), "setting the same owner again is a no-op");
    Address p5 = new Address("p5");
    p5.setUser(null); // no failure removing null
    p5.setUser(null);
    assertNull(p5.getUser());
  }

  // test_attributes.py, BackrefTest.test_symmetric_o2m_inheritance (its last part: the event
  // propagates to remove, as of SQLAlchemy's ticket 2789)
  @Test
  void appendToASecondOwnerRemovesFromTheFirst() {
    User p1 = new User("p1");
    User p2 = new User("p2");
    Address c1 = new Address("c1");
    p1.getAddresses().add(c1);
    assertSame(p1, c1.getUser());
    p2.getAddresses().add(c1);
    assertSame(p2, c1.getUser());
    assertEquals(List.of(), p1.getAddresses());
  }

  /** A user with the addresses named, committed; returns the user's id. */
  static long blog(TestDatabase db, String... posts) {
    User b = new User("blog 1");
    for (String p : posts) {
      b.getAddresses().add(new Address(p));
    }
    try (Session s = db.open()) {
      s.add(b);
      s.commit();
    }
    return b.getId();
  }

  // test_attributes.py, PendingBackrefTest.test_lazy_add
  @ParameterizedTest
  @EnumSource(Backend.class)
  void settingTheOwnerQueuesOnTheUnloadedCollectionAndLoadingAppendsIt(Backend backend) {
    TestDatabase db = db(backend);
    long id = blog(db, "post 1", "post 2", "post 3");
    try (Session s = db.open()) {
      User b = s.get(User.class, id);
      Address p4 = new Address("post 4");
      Address p5 = new Address("post 5");
      db.log.reset();
      p4.setUser(b);
      p5.setUser(b);
      assertEquals(List.of(), db.log.kinds(), "setting the owner does not load its collection");
      List<String> posts =
          b.getAddresses().stream().map(Address::getEmailAddress).sorted().toList();
      assertEquals(List.of("SELECT"), db.log.kinds(), "reading the collection loads it");
      assertEquals(List.of("post 1", "post 2", "post 3", "post 4", "post 5"), posts);
      assertEquals(List.of(p4, p5), b.getAddresses().subList(3, 5), "pending after loaded");
      s.add(p4);
      s.add(p5);
      s.commit();
      Rows.assertTable(db, Address.class, b.getAddresses().toArray(new Address[0]));
    }
  }

  // test_attributes.py, PendingBackrefTest.test_state_on_add_remove
  @ParameterizedTest
  @EnumSource(Backend.class)
  void settingThenClearingTheOwnerLeavesTheLoadedCollectionEmpty(Backend backend) {
    TestDatabase db = db(backend);
    long id = blog(db);
    try (Session s = db.open()) {
      User b = s.get(User.class, id);
      Address p = new Address("post 1");
      db.log.reset();
      p.setUser(b);
      p.setUser(null);
      assertEquals(List.of(), db.log.kinds());
      assertEquals(List.of(), b.getAddresses());
      s.commit();
      Rows.assertTable(db, Address.class);
    }
  }

  // test_attributes.py, PendingBackrefTest.test_commit_removes_pending
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFlushedPendingAddIsNotAddedAgainWhenTheCollectionLoads(Backend backend) {
    TestDatabase db = db(backend);
    long id = blog(db);
    try (Session s = db.open()) {
      User b = s.get(User.class, id);
      Address p1 = new Address("post 1");
      p1.setUser(b);
      s.add(p1);
      s.commit();
      assertNotNull(p1.getId());
      assertEquals(List.of(p1), b.getAddresses(), "loaded once, not loaded and pending");
      Rows.assertTable(db, Address.class, p1);
    }
  }
}
