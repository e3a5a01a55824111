package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.m2o.Address;
import org.relata.it.model.sqla.m2o.User;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_unitofwork.py} (ManyToOneTest, SaveTest2) and
 * {@code test_unitofworkv2.py} (RudimentaryFlushTest): a one-way many-to-one {@code Address.user},
 * its INSERT, UPDATE and DELETE order and statements.
 */
class UnitOfWorkManyToOneTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Address.class};
  }

  static Address address(String email, User user) {
    Address a = new Address(email);
    a.setUser(user);
    return a;
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_one_save
  @ParameterizedTest
  @EnumSource(Backend.class)
  void savesTheReferencedUserFirst(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("u1");
    Address a1 = address("a1", u1);
    Address a2 = address("a2", u1);
    try (Session s = db.open()) {
      s.addAll(List.of(a1, a2));
      s.flush();
      assertEquals(List.of("INSERT", "INSERT", "INSERT"), db.log.kinds(), db.log.toString());
      assertEquals(true, db.log.statements().get(0).contains("\"users\""));
      s.commit();
      Rows.assertTable(db, User.class, u1);
      Rows.assertTable(db, Address.class, a1, a2);
      assertEquals(u1.getId(), a1.getUserId());
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_one_delete_all
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingAllDeletesAddressesBeforeTheUser(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("u1");
    Address a1 = address("a1", u1);
    Address a2 = address("a2", u1);
    try (Session s = db.open()) {
      s.addAll(List.of(a1, a2));
      s.flush();
      s.delete(u1);
      s.delete(a1);
      s.delete(a2);
      db.log.reset();
      s.flush();
      assertEquals(List.of("DELETE", "DELETE"), db.log.kinds(), db.log.toString());
      assertEquals(true, db.log.statements().get(0).contains("\"addresses\""));
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class);
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_one_delete_target
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingTheUserAfterClearingTheReferences(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("u1");
    Address a1 = address("a1", u1);
    Address a2 = address("a2", u1);
    try (Session s = db.open()) {
      s.addAll(List.of(a1, a2));
      s.flush();
      s.delete(u1);
      a1.setUser(null);
      a2.setUser(null);
      db.log.reset();
      s.flush();
      List<String> kinds = db.log.kinds();
      assertEquals("DELETE", kinds.get(kinds.size() - 1), db.log.toString());
      assertEquals(
          List.of(),
          kinds.subList(0, kinds.size() - 1).stream().filter(k -> !k.equals("UPDATE")).toList());
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class, a1, a2);
      assertNull(a1.getUserId());
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_one_delete_unloaded (the objects are
  // read back in a new session instead of expired)
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingReadBackObjectsDeletesChildrenFirst(Backend backend) {
    TestDatabase db = db(backend);
    User parent = new User("p1");
    Address c1 = address("c1", parent);
    Address c2 = address("c2", parent);
    try (Session s = db.open()) {
      s.addAll(List.of(c1, c2));
      s.add(parent);
      s.commit();
    }
    try (Session s = db.open()) {
      s.delete(s.get(Address.class, c1.getId()));
      s.delete(s.get(Address.class, c2.getId()));
      s.delete(s.get(User.class, parent.getId()));
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class);
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_one_delete_childonly_unloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingReadBackChildrenOnlyLeavesTheUser(Backend backend) {
    TestDatabase db = db(backend);
    User parent = new User("p1");
    Address c1 = address("c1", parent);
    Address c2 = address("c2", parent);
    try (Session s = db.open()) {
      s.addAll(List.of(c1, c2));
      s.commit();
    }
    try (Session s = db.open()) {
      s.delete(s.get(Address.class, c1.getId()));
      s.delete(s.get(Address.class, c2.getId()));
      db.log.reset();
      s.flush();
      assertEquals(List.of("DELETE"), db.log.kinds(), "no SELECT of the user: " + db.log);
      s.commit();
      Rows.assertTable(db, User.class, parent);
      Rows.assertTable(db, Address.class);
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_many_to_one_del_attr
  @ParameterizedTest
  @EnumSource(Backend.class)
  void clearingOneReferenceUpdatesOnlyThatRow(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("u1");
    Address a1 = address("a1", u1);
    Address a2 = address("a2", u1);
    try (Session s = db.open()) {
      s.addAll(List.of(a1, a2));
      s.flush();
      a1.setUser(null);
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE"), db.log.kinds());
      s.commit();
      Rows.assertTable(db, Address.class, a1, a2);
      assertNull(a1.getUserId());
      assertEquals(u1.getId(), a2.getUserId());
    }
  }

  // test_unitofwork.py, ManyToOneTest.test_m2o_one_to_one
  @ParameterizedTest
  @EnumSource(Backend.class)
  void newUserAndAColumnChangeInOneFlush(Backend backend) {
    TestDatabase db = db(backend);
    String[][] data = {
      {"thesub", "bar@foo.com"},
      {"assdkfj", "thesdf@asdf.com"},
      {"n4knd", "asf3@bar.org"},
      {"v88f4", "adsd5@llala.net"},
      {"asdf8d", "theater@foo.com"}
    };
    List<Address> objects = new ArrayList<>();
    try (Session s = db.open()) {
      for (String[] d : data) {
        Address a = address(d[1], new User(d[0]));
        objects.add(a);
        s.add(a);
      }
      s.flush();
      objects.get(2).setEmailAddress("imnew@foo.bar");
      User added = new User("imnewlyadded");
      objects.get(3).setUser(added);
      db.log.reset();
      s.flush();
      List<String> kinds = db.log.kinds();
      assertEquals("INSERT", kinds.get(0), db.log.toString());
      assertEquals(
          List.of(),
          kinds.subList(1, kinds.size()).stream().filter(k -> !k.equals("UPDATE")).toList());
      s.commit();
      Rows.assertTable(db, Address.class, objects.toArray(new Address[0]));
      assertEquals(added.getId(), objects.get(3).getUserId());
      assertEquals(6, db.count("users"));
    }
  }

  // test_unitofwork.py, ManyToOneTest.test_many_to_one_1, test_many_to_one_2 and
  // test_many_to_one_3
  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyToOneSetClearedAndMovedReadsBack(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("user1");
    User u2 = new User("user2");
    Address a1 = address("emailaddress1", u1);
    Address a2 = new Address("emailaddress2");
    try (Session s = db.open()) {
      s.addAll(List.of(a1, a2, u2));
      s.commit();
    }
    try (Session s = db.open()) {
      Address r1 = s.get(Address.class, a1.getId());
      assertSame(s.get(User.class, u1.getId()), r1.getUser());
      r1.setUser(null);
      s.get(Address.class, a2.getId()).setUser(s.get(User.class, u1.getId()));
      s.commit();
      Rows.assertTable(db, Address.class, r1, s.get(Address.class, a2.getId()));
    }
    try (Session s = db.open()) {
      assertNull(s.get(Address.class, a1.getId()).getUser());
      assertSame(s.get(User.class, u1.getId()), s.get(Address.class, a2.getId()).getUser());
      s.get(Address.class, a2.getId()).setUser(s.get(User.class, u2.getId()));
      s.commit();
    }
    try (Session s = db.open()) {
      assertSame(s.get(User.class, u2.getId()), s.get(Address.class, a2.getId()).getUser());
    }
  }

  // test_unitofwork.py, SaveTest2.test_m2o_nonmatch
  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoNewUsersAreInsertedBeforeTheirAddresses(Backend backend) {
    TestDatabase db = db(backend);
    Address a1 = address("a1", new User("u1"));
    Address a2 = address("a2", new User("u2"));
    try (Session s = db.open()) {
      s.addAll(List.of(a1, a2));
      s.flush();
      List<String> statements = db.log.statements();
      assertEquals(
          List.of("INSERT", "INSERT", "INSERT", "INSERT"), db.log.kinds(), db.log.toString());
      assertEquals(
          true, statements.get(0).contains("\"users\"") && statements.get(1).contains("\"users\""));
      s.commit();
      Rows.assertTable(db, Address.class, a1, a2);
      assertEquals(2, db.count("users"));
    }
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_natural_ordering
  @ParameterizedTest
  @EnumSource(Backend.class)
  void keysSetDirectlyStillOrderInsertsAndDeletes(Backend backend) {
    naturalOrdering(backend, false);
  }

  // test_unitofworkv2.py, RudimentaryFlushTest.test_natural_ordering ("unconnected items take
  // relationship() into account regardless"), with the address added before the user
  @ParameterizedTest
  @EnumSource(Backend.class)
  void keysSetDirectlyOrderInsertsWhateverTheAddOrder(Backend backend) {
    naturalOrdering(backend, true);
  }

  /** A user and an address linked only by a key set directly: users go in first, out last. */
  private void naturalOrdering(Backend backend, boolean addressAddedFirst) {
    TestDatabase db = db(backend);
    User u1 = new User("u1");
    u1.setId(1L);
    Address a1 = new Address("a2");
    a1.setId(1L);
    a1.setUserId(1L);
    try (Session s = db.open()) {
      s.addAll(addressAddedFirst ? List.of(a1, u1) : List.of(u1, a1));
      s.flush();
      assertEquals(List.of("INSERT", "INSERT"), db.log.kinds());
      assertTrue(db.log.statements().get(0).contains("\"users\""), db.log.toString());
      s.commit();
      Rows.assertTable(db, User.class, u1);
      Rows.assertTable(db, Address.class, a1);
      s.delete(u1);
      s.delete(a1);
      db.log.reset();
      s.flush();
      assertEquals(List.of("DELETE", "DELETE"), db.log.kinds());
      assertTrue(db.log.statements().get(0).contains("\"addresses\""), db.log.toString());
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class);
    }
  }
}
