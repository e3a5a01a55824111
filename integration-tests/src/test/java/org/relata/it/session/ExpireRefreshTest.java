package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.assoc.Club;
import org.relata.it.model.assoc.Member;
import org.relata.it.model.assoc.Membership;
import org.relata.it.model.oneway.Blog;
import org.relata.it.model.oneway.Post;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.ExpireOnCommit;
import org.relata.runtime.ObjectStateException;
import org.relata.runtime.Session;

/**
 * Expire, refresh and expiry on commit, on H2 and PostgreSQL. Changes "behind the session's back"
 * are committed through a second connection. Tests ported from SQLAlchemy's {@code
 * test/orm/test_expire.py} name their source.
 */
class ExpireRefreshTest {
  private static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Profile.class,
    Blog.class,
    Post.class,
    Club.class,
    Member.class,
    Membership.class
  };

  private static User stored(TestDatabase db, String name, String... emails) {
    User u = new User(name);
    for (String e : emails) {
      u.getAddresses().add(new Address(e));
    }
    try (Session s = db.open()) {
      s.add(u);
      s.commit();
    }
    return u;
  }

  private static void behind(TestDatabase db, String sql) {
    db.plain.execute(sql);
  }

  /**
   * test_expire.py ExpireTest.test_expire and test_expired_lazy: an expired object's relationships
   * read again on access, and its columns with the next row the session reads.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void expiredColumnsReadWithTheNextRowAndRelationshipsOnAccess(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id = Ids.of(stored(db, "jack", "jack@bean.com"));
      try (Session s = db.open()) {
        User u = s.get(User.class, id);
        assertEquals(1, u.getAddresses().size());
        behind(db, "update \"user_account\" set \"name\" = 'ed' where \"id\" = " + id);
        behind(db, "update \"address\" set \"user_id\" = null");
        s.expire(u);
        // A plain field cannot reload when read: it keeps its value until the row is read again.
        assertEquals("jack", EntityFields.get(u, "name"));
        db.log.reset();
        assertEquals(List.of(), u.getAddresses(), "the collection reads again on access");
        assertEquals(List.of("SELECT"), db.log.kinds());
        assertSame(u, s.query(User.class).list().get(0));
        assertEquals("ed", EntityFields.get(u, "name"), "the next row read refreshed the columns");
        s.commit();
        assertEquals(0, db.log.kinds().stream().filter(k -> !k.equals("SELECT")).count());
      }
    }
  }

  /** test_expire.py ExpireTest.test_expire_preserves_changes: a change made after expire wins. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void changesMadeAfterAnExpireAreKeptAndWritten(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id = Ids.of(stored(db, "jack"));
      try (Session s = db.open()) {
        s.setAutoflush(false);
        User u = s.get(User.class, id);
        s.expire(u);
        EntityFields.set(u, "name", "jack modified");
        s.query(User.class).list();
        assertEquals("jack modified", EntityFields.get(u, "name"));
        s.commit();
      }
      assertEquals(
          List.of(List.of("jack modified")), db.rows("select \"name\" from \"user_account\""));
    }
  }

  /**
   * A change made before an expire is never discarded (SQLAlchemy discards it): the column keeps
   * its value over the row read again, a collection keeps the links made in memory, and the commit
   * writes both.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void anExpireNeverDiscardsPendingChanges(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id = Ids.of(stored(db, "jack", "a1"));
      try (Session s = db.open()) {
        s.setAutoflush(false);
        User u = s.get(User.class, id);
        EntityFields.set(u, "name", "foo");
        Address a2 = new Address("a2");
        u.getAddresses().add(a2);
        s.expire(u);
        s.refresh(u);
        assertEquals("foo", EntityFields.get(u, "name"));
        assertEquals(2, u.getAddresses().size());
        assertTrue(u.getAddresses().contains(a2));
        s.commit();
      }
      assertEquals(List.of(List.of("foo")), db.rows("select \"name\" from \"user_account\""));
      assertEquals(2, db.count("address"));
    }
  }

  /** test_expire.py ExpireTest.test_get_refreshes: get() reads an expired object's row again. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void getReadsAnExpiredObjectAgainOnce(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id = Ids.of(stored(db, "chuck"));
      try (Session s = db.open()) {
        User u = s.get(User.class, id);
        behind(db, "update \"user_account\" set \"name\" = 'chuck2'");
        s.expireAll();
        db.log.reset();
        assertSame(u, s.get(User.class, id));
        assertEquals(List.of("SELECT"), db.log.kinds());
        assertEquals("chuck2", EntityFields.get(u, "name"));
        db.log.reset();
        assertSame(u, s.get(User.class, id));
        assertEquals(List.of(), db.log.kinds(), "no longer expired");
      }
    }
  }

  /**
   * test_expire.py RefreshTest.test_refresh_autoflush and test_refresh_expired: refresh flushes
   * what is pending, then reads the row now.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void refreshAutoflushesThenReadsTheRowNow(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id = Ids.of(stored(db, "jack", "a1"));
      try (Session s = db.open()) {
        User u = s.get(User.class, id);
        Address a = u.getAddresses().get(0);
        Address a2 = new Address("a2");
        u.getAddresses().add(a2);
        behind(db, "update \"user_account\" set \"name\" = 'jim'");
        s.expire(u);
        s.refresh(u);
        assertEquals("jim", EntityFields.get(u, "name"));
        assertEquals(List.of(a, a2), u.getAddresses());
        s.commit();
      }
      assertEquals(2, db.count("address"));
    }
  }

  /**
   * test_expire.py ExpireTest.test_pending_raises and test_persistence_check, RefreshTest.
   * test_persistence_check, and ExpireTest.test_refresh_on_deleted_raises.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void onlyAPersistentObjectWithARowCanBeExpiredOrRefreshed(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User stored = stored(db, "jack");
      try (Session s = db.open()) {
        User pending = new User("new");
        s.add(pending);
        assertThrows(ObjectStateException.class, () -> s.expire(pending));
        assertThrows(ObjectStateException.class, () -> s.refresh(pending));
        assertThrows(ObjectStateException.class, () -> s.expire(stored), "of another session");
        assertThrows(ObjectStateException.class, () -> s.refresh(stored));
        User u = s.get(User.class, Ids.of(stored));
        behind(db, "delete from \"user_account\" where \"id\" = " + Ids.of(stored));
        ObjectStateException gone = assertThrows(ObjectStateException.class, () -> s.refresh(u));
        assertTrue(gone.getMessage().contains("row is gone"), gone.getMessage());
      }
    }
  }

  /**
   * The one-way case: {@code Post.blog} does not mirror onto {@code Blog.posts}, so memory
   * goes stale. A commit expires relationships by default; expire and refresh do too.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aOneWayRelationshipIsFreshAfterCommitExpireAndRefresh(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        Blog blog = new Blog("b");
        s.add(blog);
        s.commit();
        assertEquals(List.of(), blog.getPosts());
        Post p1 = new Post("p1");
        p1.setBlog(blog);
        s.add(p1);
        assertEquals(List.of(), blog.getPosts(), "one way: not mirrored");
        s.commit();
        assertEquals(List.of(p1), blog.getPosts(), "read again after the commit");

        s.setExpireOnCommit(ExpireOnCommit.NONE);
        Post p2 = new Post("p2");
        p2.setBlog(blog);
        s.add(p2);
        s.commit();
        assertEquals(List.of(p1), blog.getPosts(), "NONE keeps memory as it was");
        s.expire(blog, Blog.POSTS);
        assertEquals(List.of(p1, p2), blog.getPosts());

        Post p3 = new Post("p3");
        p3.setBlog(blog);
        s.add(p3);
        s.refresh(blog);
        assertEquals(List.of(p1, p2, p3), blog.getPosts());
        s.commit();
      }
      assertEquals(3, db.count("post"));
    }
  }

  /**
   * The viewonly case: {@code Member.clubs} reads the same link rows as the association
   * object {@code Membership}, and is fresh after a commit, an expire and a refresh.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aViewonlyCollectionBesideAnAssociationObjectIsFresh(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        Member ann = new Member("ann");
        Club chess = new Club("chess");
        Club go = new Club("go");
        Club bridge = new Club("bridge");
        s.addAll(List.of(ann, chess, go, bridge));
        s.commit();
        assertEquals(List.of(), ann.getClubs());
        join(ann, chess);
        s.commit();
        assertEquals(List.of(chess), ann.getClubs());

        s.setExpireOnCommit(ExpireOnCommit.NONE);
        join(ann, go);
        s.commit();
        assertEquals(List.of(chess), ann.getClubs());
        s.expire(ann);
        assertEquals(List.of(chess, go), ann.getClubs());
        join(ann, bridge);
        s.refresh(ann);
        assertEquals(List.of(chess, go, bridge), ann.getClubs());
        s.commit();
      }
      assertEquals(3, db.count("membership"));
    }
  }

  private static void join(Member member, Club club) {
    Membership m = new Membership("player");
    m.setClub(club);
    member.getMemberships().add(m);
  }

  /**
   * With ALL, a commit expires columns too (SQLAlchemy's expire_on_commit=True as far as fields
   * allow): the next row read refreshes them. A closed session leaves memory as it was.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void expireAllOnCommitAndAClosedSessionKeepsMemory(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      User u;
      Address a;
      try (Session s = db.open()) {
        s.setExpireOnCommit(ExpireOnCommit.ALL);
        u = new User("jack");
        a = new Address("a1");
        u.getAddresses().add(a);
        s.add(u);
        s.commit();
        behind(db, "update \"user_account\" set \"name\" = 'ed'");
        assertSame(u, s.get(User.class, Ids.of(u)));
        assertEquals("ed", EntityFields.get(u, "name"));
        s.commit();
      }
      // Expired at the commit, but the session is closed: memory serves, nothing throws.
      assertEquals(List.of(a), u.getAddresses());
      assertSame(u, a.getUser());
    }
  }

  /**
   * Issue 12 item 5: a key set directly on a new object resolves after the flush, from the identity
   * map without a query.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aForeignKeySetDirectlyResolvesAfterTheFlush(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      try (Session s = db.open()) {
        User u = new User("ed");
        s.add(u);
        s.flush();
        Address d = new Address("d");
        EntityFields.set(d, "userId", Ids.of(u));
        s.add(d);
        assertNull(d.getUser(), "not flushed yet");
        s.flush();
        db.log.reset();
        assertSame(u, d.getUser());
        assertEquals(List.of(), db.log.kinds(), "from the identity map");
        Profile p = new Profile("hi");
        EntityFields.set(p, "userId", Ids.of(u));
        s.add(p);
        s.commit();
        assertSame(u, p.getUser());
        assertEquals(List.of(d), u.getAddresses(), "read again after the commit");
      }
      assertEquals(
          List.of(List.of("d", db.rows("select \"id\" from \"user_account\"").get(0).get(0))),
          db.rows("select \"email\", \"user_id\" from \"address\""));
    }
  }

  /** An expire of one relationship by its metamodel descriptor leaves the others loaded. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void expiringOneRelationshipReadsOnlyThatOne(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Object id = Ids.of(stored(db, "jack", "a1"));
      try (Session s = db.open()) {
        User u = s.get(User.class, id);
        assertEquals(1, u.getAddresses().size());
        assertNull(u.getProfile());
        behind(db, "insert into \"address\" (\"email\", \"user_id\") values ('a2', " + id + ")");
        s.expire(u, User.ADDRESSES);
        db.log.reset();
        assertNull(u.getProfile());
        assertEquals(List.of(), db.log.kinds());
        assertEquals(2, u.getAddresses().size());
        assertEquals(List.of("SELECT"), db.log.kinds());
      }
    }
  }
}
