package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.backref.Address;
import org.relata.it.model.sqla.backref.User;
import org.relata.it.model.sqla.conflict.Child;
import org.relata.it.model.sqla.conflict.Parent;
import org.relata.it.model.sqla.passive.MyClass;
import org.relata.it.model.sqla.passive.MyOtherClass;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.ConflictException;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_unitofwork.py} (HistoryTest, OneToManyTest's
 * bidirectional case, ManyToOneTest.test_bidirectional_no_load, PassiveDeletesTest), {@code
 * test_unitofworkv2.py} (BasicStaleChecksTest) and {@code test_cascade.py} (O2MConflictTest).
 */
class UnitOfWorkMiscTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {
      User.class, Address.class, MyClass.class, MyOtherClass.class, Parent.class, Child.class
    };
  }

  // test_unitofwork.py, HistoryTest.test_backref
  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyToOneSetShowsInTheCollectionAndReadsBack(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("u1");
    Address a = new Address("u1@e");
    a.setUser(u);
    try (Session s = db.open()) {
      s.add(u);
      assertEquals(List.of(a), u.getAddresses());
      s.commit();
      Rows.assertTable(db, Address.class, a);
    }
    try (Session s = db.open()) {
      User loaded = s.query(User.class).first();
      assertSame(loaded, loaded.getAddresses().get(0).getUser());
    }
  }

  // test_unitofwork.py, OneToManyTest.test_bidirectional
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingTheUserOfABidirectionalPairKeepsItsAddress(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("test");
    Address a = new Address("testaddress");
    a.setUser(u);
    try (Session s = db.open()) {
      s.add(u);
      s.flush();
      s.delete(u);
      s.commit();
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class, a);
      assertNull(a.getUser());
      assertNull(a.getUserId());
    }
  }

  // test_unitofwork.py, ManyToOneTest.test_bidirectional_no_load
  @ParameterizedTest
  @EnumSource(Backend.class)
  void clearingTheManyToOneEmptiesTheCollectionInTheDatabase(Backend backend) {
    TestDatabase db = db(backend);
    User u1 = new User("u1");
    Address a1 = new Address("e1");
    a1.setUser(u1);
    try (Session s = db.open()) {
      s.add(u1);
      s.commit();
    }
    try (Session s = db.open()) {
      s.get(Address.class, a1.getId()).setUser(null);
      s.commit();
    }
    try (Session s = db.open()) {
      assertNull(s.get(Address.class, a1.getId()).getUser());
      assertEquals(List.of(), s.get(User.class, u1.getId()).getAddresses());
    }
  }

  // test_unitofwork.py, PassiveDeletesTest.test_basic
  @ParameterizedTest
  @EnumSource(Backend.class)
  void passiveDeletesLeaveTheChildrenToOnDeleteCascade(Backend backend) {
    TestDatabase db = db(backend);
    MyClass mc = new MyClass();
    for (int i = 0; i < 4; i++) {
      mc.getChildren().add(new MyOtherClass());
    }
    try (Session s = db.open()) {
      s.add(mc);
      s.commit();
    }
    assertEquals(4, db.count("myothertable"));
    try (Session s = db.open()) {
      s.delete(s.get(MyClass.class, mc.getId()));
      db.log.reset();
      s.commit();
      assertEquals(
          List.of("DELETE"), db.log.kinds(), "the children are neither loaded nor deleted");
    }
    Rows.assertTable(db, MyClass.class);
    assertEquals(0, db.count("myothertable"));
  }

  // test_unitofworkv2.py, BasicStaleChecksTest.test_update_single_missing
  @ParameterizedTest
  @EnumSource(Backend.class)
  void updateOfARowDeletedBehindTheSessionFails(Backend backend) {
    TestDatabase db = db(backend);
    try (Session s = db.open()) {
      User p1 = new User("p1");
      s.add(p1);
      s.commit();
      db.plain.execute("delete from \"users\"");
      p1.setName("p3");
      assertThrows(ConflictException.class, s::flush);
    }
    Rows.assertTable(db, User.class);
  }

  /** O2MConflictTest's _do_move_test, through {@code Parent.children}. */
  static void moveThroughCollection(TestDatabase db, boolean deleteOld) {
    Parent p1 = new Parent();
    Parent p2 = new Parent();
    Child c1 = new Child();
    try (Session s = db.open()) {
      s.setAutoflush(false);
      p1.getChildren().add(c1);
      s.addAll(List.of(p1, c1));
      s.flush();
      if (deleteOld) {
        s.delete(p1);
      }
      p2.getChildren().add(c1);
      s.add(p2);
      s.commit();
      assertEquals(p2.getId(), c1.getParentId());
      Rows.assertTable(db, Child.class, c1);
      if (deleteOld) {
        Rows.assertTable(db, Parent.class, p2);
      } else {
        Rows.assertTable(db, Parent.class, p1, p2);
      }
    }
  }

  /** O2MConflictTest's _do_move_test, through the one-to-one {@code Parent.only}. */
  static void moveThroughScalar(TestDatabase db, boolean deleteOld) {
    Parent p1 = new Parent();
    Parent p2 = new Parent();
    Child c1 = new Child();
    try (Session s = db.open()) {
      s.setAutoflush(false);
      p1.setOnly(c1);
      s.addAll(List.of(p1, c1));
      s.flush();
      if (deleteOld) {
        s.delete(p1);
      }
      p2.setOnly(c1);
      s.add(p2);
      s.commit();
      assertEquals(p2.getId(), c1.getOnlyParentId());
      Rows.assertTable(db, Child.class, c1);
    }
  }

  // test_cascade.py, O2MConflictTest.test_o2m_delete_old
  @ParameterizedTest
  @EnumSource(Backend.class)
  void childMovedToANewParentWhileTheOldOneIsDeleted(Backend backend) {
    moveThroughCollection(db(backend), true);
    moveThroughCollection(db(backend), false);
  }

  // test_cascade.py, O2MConflictTest.test_o2o_delete_old
  @ParameterizedTest
  @EnumSource(Backend.class)
  void oneToOneChildMovedToANewParentWhileTheOldOneIsDeleted(Backend backend) {
    moveThroughScalar(db(backend), true);
    moveThroughScalar(db(backend), false);
  }
}
