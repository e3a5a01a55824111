package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.graph.Node;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.child.Child;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.Session;

/** The flush rules of DESIGN.md on models compiled by the processor, on H2 and PostgreSQL. */
class FlushRulesTest {
  private static final Class<?>[] MODEL = {
    User.class, Address.class, Profile.class, Node.class, Parent.class, Child.class
  };

  @ParameterizedTest
  @EnumSource(Backend.class)
  void insertsGoParentsFirstAndReadGeneratedIdsBack(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      Address a = new Address("ed@a");
      a.setUser(ed);
      ed.getAddresses().add(new Address("ed@b"));
      Profile p = new Profile("hello");
      ed.setProfile(p);
      try (Session s = db.open()) {
        s.add(a); // reaches ed, and through ed the other address and the profile
        s.commit();
      }
      assertEquals(List.of("INSERT", "INSERT", "INSERT", "INSERT"), db.log.kinds());
      assertTrue(db.log.statements().get(0).contains("\"user_account\""), db.log.toString());
      Object id = Ids.of(ed);
      assertNotNull(id);
      assertEquals(
          List.of(List.of("ed@a", id), List.of("ed@b", id)),
          db.rows("select \"email\", \"user_id\" from \"address\" order by \"email\""));
      assertEquals(
          List.of(List.of("hello", id)), db.rows("select \"bio\", \"user_id\" from \"profile\""));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void updatesWriteOnlyChangedColumnsAndMovesAreOneUpdate(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      User wendy = new User("wendy");
      ed.getAddresses().add(new Address("a"));
      try (Session s = db.open()) {
        s.add(ed);
        s.add(wendy);
        s.commit();
      }
      try (Session s = db.open()) {
        User e = s.get(User.class, Ids.of(ed));
        User w = s.get(User.class, Ids.of(wendy));
        Address a = s.select(Address.class, Address.EMAIL.eq("a")).get(0);
        assertSame(e, a.getUser(), "resolved from the identity map");
        db.log.reset();
        a.setEmail("b");
        s.flush();
        assertEquals(List.of("UPDATE"), db.log.kinds());
        assertFalse(db.log.statements().get(0).contains("\"user_id\" ="), db.log.toString());
        w.getAddresses().add(a);
        db.log.reset();
        s.commit();
        assertEquals(List.of("UPDATE"), db.log.kinds(), "moving a is one UPDATE of its key");
      }
      assertEquals(
          List.of(List.of("b", Ids.of(wendy))),
          db.rows("select \"email\", \"user_id\" from \"address\""));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void replacingAOneToOnePartnerMovesTheKey(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      Profile first = new Profile("first");
      ed.setProfile(first);
      try (Session s = db.open()) {
        s.add(ed);
        s.commit();
        Profile second = new Profile("second");
        EntityIds.set(second, 2L); // Profile has a primitive id: the application assigns it
        ed.setProfile(second);
        db.log.reset();
        s.commit();
        // The old partner gives up the key first: Schema.create makes a one-to-one's key UNIQUE,
        // and SQLAlchemy too writes a table's UPDATEs before its INSERTs.
        assertEquals(List.of("UPDATE", "INSERT"), db.log.kinds(), db.log.toString());
      }
      assertEquals(
          List.of(Arrays.asList("first", null), List.of("second", Ids.of(ed))),
          db.rows("select \"bio\", \"user_id\" from \"profile\" order by \"bio\""));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSelfReferentialTreeIsInsertedRootFirstAndDeletedLeavesFirst(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Node root = new Node("root");
      Node mid = new Node("mid");
      Node leaf = new Node("leaf");
      leaf.setParent(mid);
      mid.setParent(root);
      try (Session s = db.open()) {
        s.add(leaf);
        s.commit();
        assertEquals(
            List.of(
                Arrays.asList("root", null),
                List.of("mid", Ids.of(root)),
                List.of("leaf", Ids.of(mid))),
            db.rows("select \"label\", \"parent_id\" from \"node\" order by \"id\""));
        s.delete(leaf);
        s.delete(root);
        s.delete(mid);
        db.log.reset();
        s.commit();
        // Every child goes too, so no key is set NULL first: the rows go leaves first (as in
        // test_unitofworkv2.py RudimentaryFlushTest.test_one_to_many_delete_all).
        assertEquals(List.of("DELETE", "DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      }
      assertEquals(0, db.count("node"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void removingOneOfAThousandLinksIsOneDeleteAndNoInsert(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Parent p = new Parent("p");
      for (int i = 0; i < 1000; i++) {
        p.getChildren().add(new Child("c" + i));
      }
      try (Session s = db.open()) {
        s.add(p);
        s.commit();
      }
      try (Session s = db.open()) {
        Parent loaded = s.get(Parent.class, Ids.of(p));
        Child gone = loaded.getChildren().remove(123);
        assertFalse(gone.getParents().contains(loaded));
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE"), db.log.kinds());
      }
      assertEquals(999, db.count("association"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingALinkedEntityRemovesItsLinksWithOneStatementAndNoLoading(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Parent p = new Parent("p");
      p.getChildren().add(new Child("a"));
      p.getChildren().add(new Child("b"));
      try (Session s = db.open()) {
        s.add(p);
        s.commit();
      }
      try (Session s = db.open()) {
        s.delete(s.get(Parent.class, Ids.of(p)));
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      }
      assertEquals(0, db.count("association"));
      assertEquals(2, db.count("right"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aOneToOneLoadsOnFirstAccessWithOneSelectAndFillsTheReverse(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      ed.setProfile(new Profile("bio"));
      try (Session s = db.open()) {
        s.add(ed);
        s.commit();
      }
      try (Session s = db.open()) {
        User loaded = s.get(User.class, Ids.of(ed));
        db.log.reset();
        Profile p = loaded.getProfile();
        assertEquals(List.of("SELECT"), db.log.kinds());
        assertSame(loaded, p.getUser());
        assertSame(p, loaded.getProfile());
        assertEquals(1, db.log.kinds().size(), "loaded once, both sides");
      }
    }
  }
}
