package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.o2o.Address;
import org.relata.it.model.sqla.o2o.User;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_backref_mutations.py}, its one-to-one classes
 * (O2OScalarBackrefMoveTest, O2OScalarMoveTest): {@code User.address} with {@code uselist=False}
 * and a backref {@code Address.user}. A one-to-one here never keeps a stale owner, which
 * SQLAlchemy's preloaded cases allow until the commit; those assertions are left out (see the
 * report), and the state after the commit is checked instead.
 */
class OneToOneMutationsTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Address.class};
  }

  /** jack with address1, and ed with none, committed; returns their ids. */
  static long[] jackWithAddressAndEd(TestDatabase db) {
    User jack = new User("jack");
    jack.setAddress(new Address("address1"));
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

  // test_backref_mutations.py, O2OScalarBackrefMoveTest.test_collection_move_notloaded
  @ParameterizedTest
  @EnumSource(Backend.class)
  void reassignedOneToOneIsSeenByTheOldOwnerWhenItLoadsLater(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackWithAddressAndEd(db);
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = address(s, "address1");
      ed.setAddress(a1);
      assertSame(a1, ed.getAddress());
      assertSame(ed, a1.getUser());
      assertNull(jack.getAddress(), "jack.address loads without a1");
      s.commit();
      Rows.assertTable(db, Address.class, a1);
      Rows.assertTable(db, User.class, jack, ed);
    }
  }

  // test_backref_mutations.py, O2OScalarBackrefMoveTest.test_collection_move_commitfirst
  @ParameterizedTest
  @EnumSource(Backend.class)
  void reassignedLoadedOneToOneIsRightAfterTheCommit(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackWithAddressAndEd(db);
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      User ed = s.get(User.class, ids[1]);
      Address a1 = jack.getAddress(); // loads jack.address
      ed.setAddress(a1);
      assertSame(a1, ed.getAddress());
      assertSame(ed, a1.getUser());
      s.commit();
      assertNull(jack.getAddress());
      assertSame(a1, ed.getAddress());
      Rows.assertTable(db, Address.class, a1);
    }
    try (Session s = db.open()) {
      assertNull(s.get(User.class, ids[0]).getAddress());
      assertSame(s.get(User.class, ids[1]), address(s, "address1").getUser());
    }
  }

  // test_backref_mutations.py, O2OScalarBackrefMoveTest.test_scalar_move_notloaded (and, after the
  // commit, what test_scalar_move_commitfirst asserts)
  @ParameterizedTest
  @EnumSource(Backend.class)
  void newAddressTakesTheOwnerFromTheUnloadedOldOne(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackWithAddressAndEd(db);
    try (Session s = db.open()) {
      s.add(new Address("address2"));
      s.commit();
    }
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      Address a1 = address(s, "address1");
      Address a2 = address(s, "address2");
      a2.setUser(jack);
      assertSame(a2, jack.getAddress());
      assertSame(jack, a2.getUser());
      s.commit();
      assertSame(a2, jack.getAddress());
      assertNull(a1.getUser());
      Rows.assertTable(db, Address.class, a1, a2);
    }
  }

  // test_backref_mutations.py, O2OScalarBackrefMoveTest.test_scalar_move_commitfirst
  @ParameterizedTest
  @EnumSource(Backend.class)
  void newAddressTakesTheOwnerFromTheLoadedOldOne(Backend backend) {
    TestDatabase db = db(backend);
    long[] ids = jackWithAddressAndEd(db);
    try (Session s = db.open()) {
      s.add(new Address("address2"));
      s.commit();
    }
    try (Session s = db.open()) {
      User jack = s.get(User.class, ids[0]);
      Address a1 = address(s, "address1");
      Address a2 = address(s, "address2");
      assertSame(jack, a1.getUser()); // load
      a2.setUser(jack);
      assertSame(a2, jack.getAddress());
      s.commit();
      assertSame(a2, jack.getAddress());
      assertNull(a1.getUser());
      assertSame(jack, a2.getUser());
      Rows.assertTable(db, Address.class, a1, a2);
    }
    try (Session s = db.open()) {
      assertSame(address(s, "address2"), s.get(User.class, ids[0]).getAddress());
    }
  }
}
