package org.relata.it.sqlalchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.sqla.o2oplain.Address;
import org.relata.it.model.sqla.o2oplain.User;
import org.relata.it.session.Backend;
import org.relata.it.session.TestDatabase;
import org.relata.runtime.Session;

/**
 * Ported from SQLAlchemy's {@code test/orm/test_unitofwork.py} (OneToManyTest's one-to-one cases)
 * and {@code test_backref_mutations.py} (O2OScalarMoveTest): a one-way one-to-one {@code
 * User.address} ({@code uselist=False}, no backref).
 */
class OneWayOneToOneTest extends PortedTest {

  @Override
  Class<?>[] model() {
    return new Class<?>[] {User.class, Address.class};
  }

  // test_unitofwork.py, OneToManyTest.test_one_to_one
  @ParameterizedTest
  @EnumSource(Backend.class)
  void oneToOneSavesThenUpdatesEachSide(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("one2onetester");
    u.setAddress(new Address("myonlyaddress@foo.com"));
    try (Session s = db.open()) {
      s.add(u);
      s.flush();
      u.setName("imnew");
      db.log.reset();
      s.flush();
      assertEquals(List.of("UPDATE"), db.log.kinds());
      s.commit();
      Rows.assertTable(db, User.class, u);
      Rows.assertTable(db, Address.class, u.getAddress());
      assertEquals(u.getId(), u.getAddress().getUserId());
    }
  }

  // test_unitofwork.py, OneToManyTest.test_o2m_delete_parent
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingTheOwnerKeepsTheAddressWithANullKey(Backend backend) {
    TestDatabase db = db(backend);
    User u = new User("one2onetester");
    Address a = new Address("myonlyaddress@foo.com");
    u.setAddress(a);
    try (Session s = db.open()) {
      s.add(u);
      s.flush();
      s.delete(u);
      s.commit();
      assertNotNull(a.getId());
      assertNull(a.getUserId(), "the key is cleared in memory too");
      assertEquals(false, s.contains(u));
      assertEquals(true, s.contains(a));
      Rows.assertTable(db, User.class);
      Rows.assertTable(db, Address.class, a);
    }
  }
}
