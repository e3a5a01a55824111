package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.o2m.Address;
import org.relata.it.model.sqla.o2m.User;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_unitofwork.py} (OneToManyTest, SaveTest) and {@code
 * test_unitofworkv2.py} (RudimentaryFlushTest): a one-way one-to-many {@code User.addresses}, its
 * INSERT, UPDATE and DELETE order and statements.
 *
 * <p>Where SQLAlchemy asserts the SQL, the statement kinds are asserted here when Relata's shape is
 * the same; Relata inserts rows with generated keys one by one, as SQLAlchemy does on a database
 * without RETURNING for executemany.
 */
class UnitOfWorkOneToManyTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Address.class};
  }

  static User u1WithA1A2() {
    User u1 = new User("u1");
    u1.getAddresses().add(new Address("a1"));
    u1.getAddresses().add(new Address("a2"));
    return u1;
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_one_to_many_save
  @ParameterizedTest
  @EnumSource(Backend.class)
  void savesTheUserThenItsAddresses(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = u1WithA1A2();
    try (Session s = db.open()) {
      s.add(u1);
      s.flush();
      assertEquals(List.of("INSERT", "INSERT", "INSERT"), db.log.kinds(), db.log.toString());
      assertEquals(true, db.log.statements().get(0).contains("\"users\""));
      s.commit();
      Rows.assertTable(db, User.class, u1);
      Rows.assertTable(db, Address.class, u1.getAddresses().toArray(new Address[0]));
      for (Address a : u1.getAddresses()) {
        assertEquals(u1.getId(), a.getUserId());
      }
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_one_to_many_delete_parent
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingTheUserNullsItsAddressesThenDeletesIt(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = u1WithA1A2();
    try (Session s = db.open()) {
      s.add(u1);
      s.flush();
      List<Address> addresses = List.copyOf(u1.getAddresses());
      s.delete(u1);
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE", "DELETE"), db.log.kinds(), db.log.toString());
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class, addresses.toArray(new Address[0]));
      for (Address a : addresses) {
        assertNull(a.getUserId());
      }
    }
  }

  // test_unitofwork.py, OneToManyTest.test_one_to_many_1
  @ParameterizedTest
  @EnumSource(Backend.class)
  void savesOneToManyThenUpdatesAChildColumn(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("one2manytester");
    Address a = new Address("one2many@test.org");
    Address a2 = new Address("lala@test.org");
    u.getAddresses().add(a);
    u.getAddresses().add(a2);
    try (Session s = db.open()) {
      s.add(u);
      s.flush();
      assertEquals(
          List.of(List.of(u.getId(), "one2manytester")),
          s.dsl()
              .fetch("select \"id\", \"name\" from \"users\"")
              .map(r -> List.of(r.get(0, Long.class), r.get(1))));
      a2.setEmailAddress("somethingnew@foo.com");
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE"), db.log.kinds());
      s.commit();
      Rows.assertTable(db, Address.class, a, a2);
    }
  }

  // test_unitofwork.py, OneToManyTest.test_one_to_many_2
  @ParameterizedTest
  @EnumSource(Backend.class)
  void movingChildrenUpdatesOnlyTheirKeysAndTheChangedUser(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("user1");
    Address a1 = new Address("emailaddress1");
    u1.getAddresses().add(a1);
    User u2 = new User("user2");
    Address a2 = new Address("emailaddress2");
    u2.getAddresses().add(a2);
    Address a3 = new Address("emailaddress3");
    try (Session s = db.open()) {
      s.addAll(List.of(u1, u2, a3));
      s.flush();
      u2.setName("user2modified");
      u1.getAddresses().add(a3);
      u1.getAddresses().remove(0);
      db.log.reset();
      s.flush();
      assertEquals(
          List.of(),
          db.log.kinds().stream().filter(k -> !k.equals("UPDATE")).toList(),
          "only UPDATEs: " + db.log);
      s.commit();
      Rows.assertTable(db, User.class, u1, u2);
      Rows.assertTable(db, Address.class, a1, a2, a3);
      assertNull(a1.getUserId());
      assertEquals(u1.getId(), a3.getUserId());
    }
  }

  // test_unitofwork.py, OneToManyTest.test_child_move
  @ParameterizedTest
  @EnumSource(Backend.class)
  void childMovedAwayFromAParentThatIsThenDeleted(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("user1");
    User u2 = new User("user2");
    Address a = new Address("address1");
    u1.getAddresses().add(a);
    try (Session s = db.open()) {
      s.addAll(List.of(u1, u2));
      s.flush();
      u1.getAddresses().remove(0);
      u2.getAddresses().add(a);
      s.delete(u1);
      s.commit();
      Rows.assertTable(db, User.class, u2);
      Rows.assertTable(db, Address.class, a);
    }
    try (Session s = db.open()) {
      assertEquals(1, s.get(User.class, u2.getId()).getAddresses().size());
    }
  }

  // test_unitofwork.py, OneToManyTest.test_child_move_2
  @ParameterizedTest
  @EnumSource(Backend.class)
  void childMovedBetweenParents(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("user1");
    User u2 = new User("user2");
    Address a = new Address("address1");
    u1.getAddresses().add(a);
    try (Session s = db.open()) {
      s.addAll(List.of(u1, u2));
      s.flush();
      u1.getAddresses().remove(0);
      u2.getAddresses().add(a);
      s.commit();
      Rows.assertTable(db, Address.class, a);
      assertEquals(u2.getId(), a.getUserId());
    }
    try (Session s = db.open()) {
      assertEquals(1, s.get(User.class, u2.getId()).getAddresses().size());
      assertEquals(0, s.get(User.class, u1.getId()).getAddresses().size());
    }
  }

  // test_unitofwork.py, SaveTest.test_lazyattr_commit
  @ParameterizedTest
  @EnumSource(Backend.class)
  void flushingAColumnChangeLeavesTheUnloadedCollectionIntact(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("u1");
    for (String e : List.of("u1@e1", "u1@e2", "u1@e3", "u1@e4")) {
      u.getAddresses().add(new Address(e));
    }
    try (Session s = db.open()) {
      s.add(u);
      s.commit();
    }
    try (Session s = db.open()) {
      User loaded = s.get(User.class, u.getId());
      loaded.setName("newname");
      s.flush();
      assertEquals(4, loaded.getAddresses().size());
      s.commit();
      Rows.assertTable(db, User.class, loaded);
    }
  }

  // test_unitofwork.py, SaveTest.test_dont_update_blanks
  @ParameterizedTest
  @EnumSource(Backend.class)
  void settingTheSameBlankValueWritesNothing(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("");
    try (Session s = db.open()) {
      s.add(u);
      s.commit();
    }
    try (Session s = db.open()) {
      User loaded = s.get(User.class, u.getId());
      loaded.setName("");
      db.log.reset();
      s.flush();
      assertEquals(List.of(), db.log.kinds());
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_one_to_many_delete_all
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingTheUserAndItsAddressesDeletesAddressesFirst(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = u1WithA1A2();
    try (Session s = db.open()) {
      s.add(u1);
      s.flush();
      List<Address> addresses = List.copyOf(u1.getAddresses());
      s.delete(u1);
      for (Address a : addresses) {
        s.delete(a);
      }
      db.log.reset();
      s.flush();
      assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class);
    }
  }
}
