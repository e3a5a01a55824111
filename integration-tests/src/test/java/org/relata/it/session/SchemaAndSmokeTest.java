package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.m2m.Parent;
import org.relata.it.model.m2m.child.Child;
import org.relata.it.model.orders.Customer;
import org.relata.it.model.orders.Order;
import org.relata.it.model.orders.OrderLine;
import org.relata.it.model.orders.Team;
import org.relata.runtime.Session;

/** Tables named with SQL keywords, created by Schema and written by a session. */
class SchemaAndSmokeTest {
  @ParameterizedTest
  @EnumSource(Backend.class)
  void keywordTablesAreCreatedAndWritten(Backend backend) {
    try (TestDatabase db =
        new TestDatabase(
            backend,
            Customer.class,
            Team.class,
            Order.class,
            OrderLine.class,
            Parent.class,
            Child.class)) {
      Customer ed = new Customer("ed", "Ed");
      Team team = new Team(10, "admins");
      team.getMembers().add(ed);
      Order order = new Order("o1");
      order.setCustomer(ed);
      order.getLines().add(new OrderLine("tea"));
      Parent left = new Parent("l");
      left.getChildren().add(new Child("r"));
      try (Session s = db.open()) {
        s.add(team);
        s.add(order);
        s.add(left);
        s.commit();
      }
      assertEquals(
          List.of(List.of("ed", "Ed")), db.rows("select \"code\", \"name\" from \"user\""));
      assertEquals(
          List.of(List.of(10L, "ed")),
          db.rows("select \"team_id\", \"customer_code\" from \"member_of\""));
      assertEquals(
          List.of(List.of("o1", "ed")),
          db.rows("select \"code\", \"customer_code\" from \"order\""));
      assertEquals(1, db.count("order_line"));
      assertEquals(1, db.count("association"));
      assertEquals(1, db.count("left"));
      assertEquals(1, db.count("right"));
    }
  }
}
