package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.model.Address;
import org.relata.runtime.model.Child;
import org.relata.runtime.model.Group;
import org.relata.runtime.model.Membership;
import org.relata.runtime.model.Order;
import org.relata.runtime.model.OrderLine;
import org.relata.runtime.model.Parent;
import org.relata.runtime.model.User;

/**
 * Makes statement k of a multi-statement flush fail, for every k: the database must be exactly
 * as before the flush, generated ids must be gone, and a retry must write exactly the statements
 * and rows of a flush that never failed.
 */
class FaultInjectionTest {
  private static final String[] TABLES = {
    "user", "address", "order", "order_line", "left", "right", "association", "group", "membership"
  };

  /** A committed starting point, a change made in a new session, and id-free checks of the result. */
  record Scenario(String name, Consumer<Session> setup, Function<Session, List<Object>> change, List<String> checks) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario(
            "inserts with generated keys and links",
            s -> {},
            s -> {
              User u = new User("ed");
              u.getAddresses().add(new Address("a"));
              u.getAddresses().add(new Address("b"));
              Parent p = new Parent("p");
              p.getChildren().add(new Child("c1"));
              p.getChildren().add(new Child("c2"));
              s.add(u);
              s.add(p);
              return List.of(u, p, u.getAddresses().get(0), p.getChildren().get(1));
            },
            List.of(
                "select u.\"name\", a.\"email\" from \"address\" a join \"user\" u on u.\"id\" = a.\"user_id\" order by 2",
                "select l.\"name\", r.\"name\" from \"association\" x join \"left\" l on l.\"id\" = x.\"left_id\""
                    + " join \"right\" r on r.\"id\" = x.\"right_id\" order by 2")),
        new Scenario(
            "foreign-key moves, updates and a new parent",
            s -> {
              User ed = new User("ed");
              ed.getAddresses().add(new Address("a"));
              ed.getAddresses().add(new Address("b"));
              s.add(ed);
              s.add(new User("wendy"));
            },
            s -> {
              User ed = s.select(User.class, org.relata.runtime.model.User_.NAME.eq("ed")).get(0);
              User wendy = s.select(User.class, org.relata.runtime.model.User_.NAME.eq("wendy")).get(0);
              wendy.getAddresses().add(ed.getAddresses().get(0));
              ed.setName("edward");
              User fresh = new User("fresh");
              ed.getAddresses().get(0).setUser(fresh);
              return List.of(fresh);
            },
            List.of(
                "select u.\"name\", a.\"email\" from \"address\" a join \"user\" u on u.\"id\" = a.\"user_id\" order by 2",
                "select \"name\" from \"user\" order by 1")),
        new Scenario(
            "association diff",
            s -> {
              Parent p = new Parent("p");
              for (int i = 0; i < 4; i++) {
                p.getChildren().add(new Child("c" + i));
              }
              s.add(p);
            },
            s -> {
              Parent p = s.select(Parent.class, org.jooq.impl.DSL.trueCondition()).get(0);
              p.getChildren().remove(0);
              p.getChildren().remove(0);
              Child fresh = new Child("fresh");
              p.getChildren().add(fresh);
              Parent q = new Parent("q");
              q.getChildren().add(p.getChildren().get(0));
              q.getChildren().add(fresh);
              s.add(q);
              return List.of(fresh, q);
            },
            List.of(
                "select l.\"name\", r.\"name\" from \"association\" x join \"left\" l on l.\"id\" = x.\"left_id\""
                    + " join \"right\" r on r.\"id\" = x.\"right_id\" order by 1, 2",
                "select \"name\" from \"right\" order by 1")),
        new Scenario(
            "cascaded deletes, orphans and nulled children",
            s -> {
              Order o1 = new Order("o1");
              o1.getLines().add(new OrderLine("x"));
              o1.getLines().add(new OrderLine("y"));
              Order o2 = new Order("o2");
              o2.getLines().add(new OrderLine("z"));
              o2.getLines().add(new OrderLine("w"));
              User ed = new User("ed");
              ed.getAddresses().add(new Address("a"));
              Parent p = new Parent("p");
              p.getChildren().add(new Child("c"));
              s.add(o1);
              s.add(o2);
              s.add(ed);
              s.add(p);
            },
            s -> {
              // Everything is read before the first change: a query would autoflush the changes
              // made before it, and the faults must hit one flush that holds them all.
              List<Order> orders = s.select(Order.class, org.jooq.impl.DSL.trueCondition());
              User user = s.select(User.class, org.jooq.impl.DSL.trueCondition()).get(0);
              Parent parent = s.select(Parent.class, org.jooq.impl.DSL.trueCondition()).get(0);
              s.delete(orders.get(0));
              orders.get(1).getLines().remove(0);
              s.delete(user);
              s.delete(parent);
              return List.of();
            },
            List.of(
                "select o.\"code\", l.\"product\" from \"order_line\" l join \"order\" o on o.\"id\" = l.\"order_id\"",
                "select \"email\", \"user_id\" from \"address\"",
                "select count(*) from \"association\"")),
        new Scenario(
            "association objects with composite keys",
            s -> s.add(new User("ed")),
            s -> {
              User ed = s.select(User.class, org.jooq.impl.DSL.trueCondition()).get(0);
              Group g = new Group(5, "g");
              g.getMemberships().add(new Membership(ed, "owner"));
              g.getMemberships().add(new Membership(new User("new"), "member"));
              s.add(g);
              return List.of(g.getMemberships().get(1).getUser());
            },
            List.of(
                "select u.\"name\", g.\"name\", m.\"role\" from \"membership\" m join \"user\" u on u.\"id\" = m.\"user_id\""
                    + " join \"group\" g on g.\"id\" = m.\"group_id\" order by 1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyStatementCanFailAndTheRetryWritesExactlyTheIntendedRows(Scenario scenario) {
    List<String> intended;
    List<List<String>> expected;
    try (TestDb db = new TestDb()) {
      prepare(db, scenario);
      try (Session s = db.open()) {
        scenario.change().apply(s);
        db.log.clear();
        s.commit();
        intended = db.log.kinds();
      }
      expected = checks(db, scenario);
    }
    assertTrue(intended.size() >= 2, scenario + " is a multi-statement flush: " + intended);
    try (TestDb db = new TestDb()) {
      for (int k = 0; k < intended.size(); k++) {
        db.wipe(TABLES);
        prepare(db, scenario);
        try (Session s = db.open()) {
          List<Object> created = scenario.change().apply(s);
          List<String> before = dump(s.dsl());
          db.log.clear();
          db.log.failAt(k);
          assertThrows(FlushException.class, s::flush, "statement " + k);
          assertEquals(before, dump(s.dsl()), "statement " + k + " failed; nothing may remain");
          for (Object o : created) {
            assertNull(Keys.of(EntityType.of(o.getClass()), o), "generated id of " + o + " reset");
          }
          db.log.clear();
          s.commit();
          assertEquals(intended, db.log.kinds(), "the retry after a failure at statement " + k);
        }
        assertEquals(expected, checks(db, scenario), "rows after a failure at statement " + k);
      }
    }
    System.out.printf(
        "fault injection, %s: %d faults injected, %d survived%n", scenario, intended.size(), intended.size());
  }

  private static void prepare(TestDb db, Scenario scenario) {
    try (Session s = db.open()) {
      scenario.setup().accept(s);
      s.commit();
    }
  }

  private static List<List<String>> checks(TestDb db, Scenario scenario) {
    List<List<String>> result = new ArrayList<>();
    for (String sql : scenario.checks()) {
      List<String> rows = new ArrayList<>();
      for (List<Object> row : db.rows(sql)) {
        rows.add(row.toString());
      }
      result.add(rows);
    }
    return result;
  }

  /** Every row of every table, as the session's own transaction sees them. */
  private static List<String> dump(DSLContext dsl) {
    List<String> rows = new ArrayList<>();
    for (String table : TABLES) {
      for (Record r : dsl.fetch("select * from \"" + table + "\"")) {
        rows.add(table + " " + r.formatCSV(false).trim());
      }
    }
    rows.sort(null);
    return rows;
  }
}
