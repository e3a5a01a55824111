package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relata.runtime.model.Address;
import org.relata.runtime.model.Address_;
import org.relata.runtime.model.Node;
import org.relata.runtime.model.User;
import org.relata.runtime.model.User_;

/** Inserts, updates and foreign keys written by a session, on H2. */
class SessionWriteTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  private long saveUserWithAddresses(String name, String... emails) {
    try (Session s = db.open()) {
      User u = new User(name);
      for (String e : emails) {
        u.getAddresses().add(new Address(e));
      }
      s.add(u);
      s.commit();
      return u.getId();
    }
  }

  @Test
  void addCascadesAndInsertsParentsFirstWithGeneratedIds() {
    User u = new User("ed");
    Address a1 = new Address("ed@a");
    Address a2 = new Address("ed@b");
    a1.setUser(u); // the reverse side: u.getAddresses() now holds a1
    u.getAddresses().add(a2);
    try (Session s = db.open()) {
      s.add(a1); // reaches u through a1.user, and a2 through u.addresses
      db.log.clear();
      s.commit();
    }
    assertEquals(List.of("INSERT", "INSERT", "INSERT"), db.log.kinds());
    assertTrue(db.log.sql.get(0).contains("\"user\""), db.log.toString());
    assertNotNull(u.getId());
    assertEquals(
        List.of(List.of(a1.getId(), "ed@a", u.getId()), List.of(a2.getId(), "ed@b", u.getId())),
        db.rows("select \"id\", \"email\", \"user_id\" from \"address\" order by \"email\""));
    assertEquals(u.getId(), a1.getUserId());
  }

  @Test
  void identityMapGivesOneInstancePerRowAndNullWhenAbsent() {
    long id = saveUserWithAddresses("ed", "ed@a");
    try (Session s = db.open()) {
      db.log.clear();
      User u = s.get(User.class, id);
      assertSame(u, s.get(User.class, id));
      assertSame(u, s.get(User.class, (int) id)); // converted to the id's type
      assertSame(u, s.select(User.class, User_.NAME.eq("ed")).get(0));
      assertEquals(2, db.log.count("SELECT"), db.log.toString());
      assertNull(s.get(User.class, id + 100));
    }
  }

  @Test
  void updateWritesOnlyChangedColumnsAndNothingWhenClean() {
    long id = saveUserWithAddresses("ed", "ed@a");
    try (Session s = db.open()) {
      Address a = s.select(Address.class, Address_.USER_ID.eq(id)).get(0);
      db.log.clear();
      s.flush();
      assertEquals(List.of(), db.log.sql, "a clean session writes nothing");
      a.setEmail("ed@new");
      s.commit();
      assertEquals(List.of("UPDATE"), db.log.kinds());
      String update = db.log.sql.get(0);
      assertTrue(update.contains("\"email\" = ?"), update);
      assertFalse(update.contains("\"user_id\" ="), update);
      db.log.clear();
      s.commit();
      assertEquals(List.of(), db.log.sql, "after the commit the object is clean again");
    }
    assertEquals(List.of(List.of("ed@new")), db.rows("select \"email\" from \"address\""));
  }

  @Test
  void lazyLoadingFillsBothSidesOnceAndIdentically() {
    long id = saveUserWithAddresses("ed", "ed@a", "ed@b");
    try (Session s = db.open()) {
      User u = s.get(User.class, id);
      db.log.clear();
      List<Address> addresses = u.getAddresses();
      assertEquals(2, addresses.size());
      assertEquals(1, db.log.sql.size(), db.log.toString());
      assertSame(u, addresses.get(0).getUser()); // filled by the load, no query
      u.getAddresses().size();
      assertEquals(1, db.log.sql.size());
    }
  }

  @Test
  void manyToOneResolvesFromTheIdentityMapWithoutQuery() {
    long id = saveUserWithAddresses("ed", "ed@a");
    try (Session s = db.open()) {
      User u = s.get(User.class, id);
      Address a = s.select(Address.class, Address_.USER_ID.eq(id)).get(0);
      db.log.clear();
      assertSame(u, a.getUser());
      assertEquals(List.of(), db.log.sql);
    }
  }

  @Test
  void movingAChildIsOneUpdateOfItsForeignKey() {
    long ed = saveUserWithAddresses("ed", "ed@a");
    long wendy = saveUserWithAddresses("wendy");
    try (Session s = db.open()) {
      User w = s.get(User.class, wendy);
      Address a = s.get(User.class, ed).getAddresses().get(0);
      w.getAddresses().add(a); // mirrors: a leaves ed's collection, a.user becomes w
      db.log.clear();
      s.commit();
      assertEquals(List.of("UPDATE"), db.log.kinds(), db.log.toString());
    }
    assertEquals(List.of(List.of(wendy)), db.rows("select \"user_id\" from \"address\""));
  }

  @Test
  void removingAChildWithoutOrphanCascadeSetsItsKeyNull() {
    long ed = saveUserWithAddresses("ed", "ed@a", "ed@b");
    try (Session s = db.open()) {
      User u = s.get(User.class, ed);
      u.getAddresses().remove(0);
      db.log.clear();
      s.commit();
      assertEquals(List.of("UPDATE"), db.log.kinds());
    }
    assertEquals(1, db.rows("select * from \"address\" where \"user_id\" is null").size());
  }

  @Test
  void settingTheForeignKeyObjectOfAPersistentChildUsesTheNewParentsGeneratedId() {
    long ed = saveUserWithAddresses("ed", "ed@a");
    try (Session s = db.open()) {
      Address a = s.get(User.class, ed).getAddresses().get(0);
      User fresh = new User("fresh");
      a.setUser(fresh); // fresh is reached through a's many-to-one at flush
      db.log.clear();
      s.commit();
      assertEquals(List.of("INSERT", "UPDATE"), db.log.kinds());
      assertEquals(List.of(List.of(fresh.getId())), db.rows("select \"user_id\" from \"address\""));
    }
  }

  @Test
  void selfReferentialTreeIsInsertedRootFirst() {
    Node root = new Node("root");
    Node child = new Node("child");
    Node grandchild = new Node("grandchild");
    grandchild.setParent(child);
    child.setParent(root);
    try (Session s = db.open()) {
      s.add(grandchild); // reaches child and root through the many-to-one
      s.commit();
    }
    assertEquals(
        List.of(
            Arrays.asList("root", null),
            List.of("child", root.getId()),
            List.of("grandchild", child.getId())),
        db.rows("select \"name\", \"parent_id\" from \"node\" order by \"id\""));
    assertTrue(root.getId() < child.getId() && child.getId() < grandchild.getId());
  }

  @Test
  void aSecondFlushInTheSameTransactionWritesOnlyNewChanges() {
    try (Session s = db.open()) {
      User u = new User("ed");
      s.add(u);
      s.flush();
      u.getAddresses().add(new Address("ed@a"));
      db.log.clear();
      s.flush();
      assertEquals(List.of("INSERT"), db.log.kinds());
      assertEquals(0, db.count("user"), "nothing is committed yet");
      s.commit();
    }
    assertEquals(1, db.count("user"));
    assertEquals(1, db.count("address"));
  }

  @Test
  void closeRollsBackWhatWasNotCommitted() {
    User u = new User("ed");
    try (Session s = db.open()) {
      s.add(u);
      s.flush();
    }
    assertEquals(0, db.count("user"));
    assertNull(u.getId(), "the generated id of a rolled-back row is gone");
  }
}
