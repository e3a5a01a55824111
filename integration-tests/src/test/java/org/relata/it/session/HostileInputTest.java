package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.cycle.Folder;
import org.relata.it.model.cycle.Pilot;
import org.relata.it.model.cycle.Plane;
import org.relata.it.model.init.Author;
import org.relata.it.model.init.Book;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.child.Child;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.ObjectStateException;
import org.relata.runtime.Session;

/**
 * Careless and hostile use of sessions gets a clear exception, nothing is written, and the session
 * can go on once the cause is fixed: null in collections, objects of another open session, deleted
 * objects linked or added again, ids changed after they were persisted, and cascades that run in
 * cycles.
 */
class HostileInputTest {
  private static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Parent.class,
    Child.class,
    Club.class,
    Member.class,
    Membership.class,
    Author.class,
    Book.class,
    Folder.class,
    Pilot.class,
    Plane.class
  };
  private static final String ADDRESSES =
      "select a.\"email\", u.\"name\" from \"address\" a left join \"user_account\" u on u.\"id\" = a.\"user_id\" order by 1";

  @ParameterizedTest
  @EnumSource(Backend.class)
  void nullIsRejectedByEveryCollectionOperationAndChangesNothing(Backend backend) throws Exception {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User ed = new User("ed");
      Address a = new Address("a");
      ed.getAddresses().add(a);
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> ed.getAddresses().add(null));
      assertTrue(e.getMessage().contains("cannot hold null"), e.getMessage());
      assertThrows(
          NullPointerException.class,
          () -> ed.getAddresses().addAll(Arrays.asList(new Address("b"), null)));
      assertThrows(
          NullPointerException.class, () -> ed.setAddresses(Arrays.asList(new Address("c"), null)));
      assertEquals(List.of(a), ed.getAddresses(), "nothing was changed");

      // A plain list that the entity filled itself, with a null, before any accessor saw it.
      Author author = new Author("ann");
      List<Book> plain = books(author);
      plain.addAll(Arrays.asList(new Book("one"), null, new Book("two")));
      try (Session s = db.open()) {
        s.add(ed);
        NullPointerException late = assertThrows(NullPointerException.class, () -> s.add(author));
        assertTrue(late.getMessage().contains("Author.books"), late.getMessage());
        assertFalse(s.contains(author), "the failed add left nothing in the session");
        assertSame(plain, books(author), "the author's own list is untouched");
        assertEquals(3, plain.size());
        plain.remove(null);
        s.add(author);
        s.commit();
      }
      assertEquals(List.of(List.of("a", "ed")), db.rows(ADDRESSES));
      assertEquals(
          List.of(List.of("two", "ann"), List.of("one", "ann")),
          db.rows(
              "select b.\"title\", a.\"name\" from \"book\" b join \"author\" a on a.\"id\" = b.\"author_id\" order by 1 desc"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Book> books(Author author) throws ReflectiveOperationException {
    Field field = Author.class.getDeclaredField("books");
    field.setAccessible(true);
    return (List<Book>) field.get(author);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void objectsOfAnotherOpenSessionAreRejectedAndNothingJoins(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      saveUser(db, "ed", "a");
      try (Session one = db.open();
          Session two = db.open()) {
        User ed = user(one, "ed");
        Address a = ed.getAddresses().get(0);
        ObjectStateException e = assertThrows(ObjectStateException.class, () -> two.add(ed));
        assertTrue(e.getMessage().contains("another open session"), e.getMessage());

        // Reached through a cascade: the new user does not join either.
        User fresh = new User("fresh");
        fresh.getAddresses().add(a);
        assertThrows(ObjectStateException.class, () -> two.add(fresh));
        assertFalse(two.contains(fresh), "the failed add left nothing in the session");

        // Linked to an object of the second session: refused at once (the save-update cascade
        // runs as the link is made), and the flush fails before writing anything.
        User wendy = new User("wendy");
        two.add(wendy);
        ObjectStateException linked =
            assertThrows(ObjectStateException.class, () -> wendy.getAddresses().add(a));
        assertTrue(linked.getMessage().contains("another open session"), linked.getMessage());
        db.log.reset();
        assertThrows(ObjectStateException.class, two::flush);
        assertEquals(List.of(), db.log.kinds());
        wendy.getAddresses().remove(a);
        two.commit();
      }
      assertEquals(List.of(List.of("a", "ed")), db.rows(ADDRESSES));
      assertEquals(
          List.of(List.of("ed"), List.of("wendy")),
          db.rows("select \"name\" from \"user_account\" order by 1"));
    }
  }

  /**
   * A deleted object cannot be added again. Linked to a live object after (or before) its deletion,
   * the deletion wins: no row refers to it afterwards, and the rest is written.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDeletedObjectCannotComeBackAndLinksToItLeaveNothingDangling(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      saveUser(db, "ed", "a");
      try (Session s = db.open()) {
        Parent p = new Parent("p");
        p.getChildren().add(new Child("c"));
        s.add(p);
        s.commit();
      }
      try (Session s = db.open()) {
        Address a = user(s, "ed").getAddresses().get(0);
        Child c = FlushCatalogue.one(s, Child.class, DSL.trueCondition());
        s.delete(a);
        s.delete(c);
        ObjectStateException e = assertThrows(ObjectStateException.class, () -> s.add(a));
        assertTrue(e.getMessage().contains("deleted"), e.getMessage());

        User wendy = new User("wendy");
        wendy.getAddresses().add(a);
        Parent q = new Parent("q");
        q.getChildren().add(c);
        s.add(wendy);
        s.add(q);
        s.commit();
        e =
            assertThrows(
                ObjectStateException.class, () -> s.add(a), "still deleted after the commit");
        assertTrue(e.getMessage().contains("deleted"), e.getMessage());
      }
      assertEquals(List.of(), db.rows(ADDRESSES));
      assertEquals(0, db.count("right"));
      assertEquals(0, db.count("association"));
      assertEquals(
          List.of(List.of("p"), List.of("q")), db.rows("select \"name\" from \"left\" order by 1"));
      assertEquals(
          List.of(List.of("ed"), List.of("wendy")),
          db.rows("select \"name\" from \"user_account\" order by 1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void idsChangedAfterPersistingAreRejectedBeforeAnyWrite(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      saveUser(db, "ed", "a");
      try (Session s = db.open()) {
        Club club = new Club("chess");
        for (String name : List.of("ann", "bob")) {
          Membership m = new Membership("player");
          m.setMember(new Member(name));
          club.getMemberships().add(m);
        }
        s.add(club);
        s.commit();
      }
      try (Session s = db.open()) {
        // Everything is read first: a query would autoflush the changes made before it.
        User ed = user(s, "ed");
        Member ann = FlushCatalogue.one(s, Member.class, Member.NAME.eq("ann"));
        Member bob = FlushCatalogue.one(s, Member.class, Member.NAME.eq("bob"));
        Membership annsMembership =
            FlushCatalogue.byField(ann.getMemberships(), "memberId", Ids.of(ann));
        Object id = Ids.of(ed);
        EntityFields.set(ed, "name", "edward");
        EntityIds.set(ed, 1000L);
        assertRejected(db, s, "User.id");
        EntityIds.set(ed, id);

        EntityFields.set(annsMembership, "memberId", Ids.of(bob)); // part of a composite key
        assertRejected(db, s, "Membership.memberId");
        EntityFields.set(annsMembership, "memberId", Ids.of(ann));
        annsMembership.setMember(new Member("carl")); // the key moves with the relationship
        assertRejected(db, s, "Membership.memberId");
        annsMembership.setMember(ann);
        db.log.reset();
        s.commit();
        // carl joined the session when he was assigned (the save-update cascade runs at once, as
        // in SQLAlchemy), and stays in it when replaced; otherwise only the name changed.
        assertEquals(List.of("INSERT", "UPDATE"), db.log.kinds(), "the session went on");
      }
      assertEquals(List.of(List.of("a", "edward")), db.rows(ADDRESSES));
      assertEquals(2, db.count("membership"));
      assertEquals(3, db.count("member"));
    }
  }

  private static void assertRejected(TestDatabase db, Session s, String attribute) {
    db.log.reset();
    ObjectStateException e = assertThrows(ObjectStateException.class, s::flush);
    assertTrue(
        e.getMessage().contains(attribute) && e.getMessage().contains("ids cannot change"),
        e.getMessage());
    assertEquals(List.of(), db.log.kinds(), "nothing was written");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void cascadesThatRunInCyclesReachEachObjectOnce(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(60),
          () -> {
            // A one-to-one whose sides cascade to each other: pilot -> plane -> pilot.
            Pilot pilot = new Pilot("maverick");
            Plane plane = new Plane("f14");
            pilot.setPlane(plane);
            try (Session s = db.open()) {
              s.add(pilot);
              s.commit();
            }
            // A tree that cascades up and down: adding a leaf adds it all, deleting one deletes it
            // all.
            Folder root = new Folder("root");
            Folder a = new Folder("a");
            Folder leaf = new Folder("leaf");
            a.setParent(root);
            new Folder("b").setParent(root);
            leaf.setParent(a);
            try (Session s = db.open()) {
              s.add(leaf);
              s.commit();
            }
            assertEquals(1, db.count("plane"));
            assertEquals(4, db.count("folder"));
            try (Session s = db.open()) {
              s.delete(s.get(Pilot.class, Ids.of(pilot)));
              s.delete(s.get(Folder.class, Ids.of(leaf)));
              s.commit();
            }
            assertEquals(0, db.count("pilot") + db.count("plane") + db.count("folder"));
          });
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void rowsThatReferenceEachOtherInACycleAreDeletedTogether(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Folder x = new Folder("x");
      Folder y = new Folder("y");
      try (Session s = db.open()) {
        s.add(x);
        s.add(y);
        x.setParent(y);
        y.setParent(x);
        ObjectStateException e = assertThrows(ObjectStateException.class, s::flush);
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        x.setParent(null);
        s.flush(); // y under x
        x.setParent(y); // now each is the other's parent
        s.commit();
      }
      assertEquals(
          List.of(List.of("x", "y"), List.of("y", "x")),
          db.rows(
              "select f.\"name\", p.\"name\" from \"folder\" f join \"folder\" p on p.\"id\" = f.\"parent_id\" order by 1"));
      try (Session s = db.open()) {
        s.delete(s.get(Folder.class, Ids.of(x)));
        db.log.reset();
        s.commit();
        assertEquals(
            List.of("UPDATE", "DELETE"), db.log.kinds(), "the keys are cleared, then both rows go");
      }
      assertEquals(0, db.count("folder"));
    }
  }

  private static void saveUser(TestDatabase db, String name, String email) {
    try (Session s = db.open()) {
      User u = new User(name);
      u.getAddresses().add(new Address(email));
      s.add(u);
      s.commit();
    }
  }

  private static User user(Session s, String name) {
    return FlushCatalogue.one(s, User.class, User.NAME.eq(name));
  }
}
