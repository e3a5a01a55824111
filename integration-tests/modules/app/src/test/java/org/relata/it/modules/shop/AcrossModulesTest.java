package org.relata.it.modules.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relata.it.modules.accounts.Address;
import org.relata.it.modules.accounts.User;
import org.relata.runtime.RelataException;
import org.relata.runtime.Schema;
import org.relata.runtime.Session;

/**
 * The downstream module at run time, on H2: its entities point at the upstream jar's one way, the
 * upstream's own two-way relationship still mirrors, and both are written and loaded back.
 */
class AcrossModulesTest {
  private Connection connection;
  private DSLContext dsl;

  @BeforeEach
  void createTables() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:modules;DB_CLOSE_DELAY=-1");
    dsl = DSL.using(connection, SQLDialect.H2);
    Schema.create(dsl, User.class, Address.class, Order.class, OrderLine.class);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    dsl.execute("drop all objects");
    connection.close();
  }

  @Test
  void downstreamEntitiesPointAtUpstreamOnesAndAreLoadedBack() {
    User ed = new User("ed");
    Address home = new Address("ed@home");
    ed.getAddresses().add(home);
    Order order = new Order("o-1");
    order.setUser(ed);
    order.getLines().add(new OrderLine("tea"));
    order.getLines().add(new OrderLine("milk"));
    // Upstream mirroring is the jar's own generated code, untouched by this module.
    assertSame(ed, home.getUser());
    assertSame(order, order.getLines().get(1).getOrder());
    try (Session session = Session.open(dsl)) {
      session.add(order); // SAVE_UPDATE cascades into the upstream entity and its addresses
      session.commit();
    }

    assertEquals(
        List.of(List.of("ed")), rows("select \"name\" from \"user_account\" order by \"id\""));
    assertEquals(
        List.of(List.of("ed@home", "ed")),
        rows(
            "select a.\"email\", u.\"name\" from \"address\" a"
                + " join \"user_account\" u on u.\"id\" = a.\"user_id\""));
    assertEquals(
        List.of(List.of("o-1", "ed")),
        rows(
            "select o.\"code\", u.\"name\" from \"purchase_order\" o"
                + " join \"user_account\" u on u.\"id\" = o.\"user_id\""));
    assertEquals(
        List.of(List.of("milk", "o-1"), List.of("tea", "o-1")),
        rows(
            "select l.\"product\", o.\"code\" from \"order_line\" l"
                + " join \"purchase_order\" o on o.\"id\" = l.\"order_id\" order by 1"));

    try (Session session = Session.open(dsl)) {
      Order loaded = session.get(Order.class, order.getId());
      assertEquals("ed", loaded.getUser().getName());
      assertEquals(List.of("ed@home"), emails(loaded.getUser()));
      assertEquals(2, loaded.getLines().size());
      // The reverse direction across modules is a query on the foreign key, not a collection.
      List<Order> edsOrders =
          session.select(Order.class, Order.USER_ID.eq(loaded.getUser().getId()));
      assertEquals(List.of("o-1"), edsOrders.stream().map(Order::getCode).toList());
    }
  }

  /**
   * The upstream entity knows nothing of the downstream rows that reference it, so deleting it
   * leaves them to the database's foreign key, which refuses: an error, and nothing lost.
   */
  @Test
  void deletingAnUpstreamEntityStillReferencedDownstreamFailsLoudly() {
    User ed = new User("ed");
    Order order = new Order("o-1");
    order.setUser(ed);
    try (Session session = Session.open(dsl)) {
      session.add(order);
      session.commit();
    }
    try (Session session = Session.open(dsl)) {
      User loaded = session.get(User.class, ed.getId());
      session.delete(loaded);
      RelataException failure = assertThrows(RelataException.class, session::commit);
      assertTrue(failure.getMessage() != null && !failure.getMessage().isEmpty());
    }
    assertEquals(List.of(List.of("ed")), rows("select \"name\" from \"user_account\""));
    assertEquals(List.of(List.of("o-1")), rows("select \"code\" from \"purchase_order\""));
  }

  private static List<String> emails(User user) {
    return user.getAddresses().stream().map(Address::getEmail).toList();
  }

  private List<List<Object>> rows(String sql) {
    return dsl.fetch(sql).stream().map(Record::intoList).toList();
  }
}
