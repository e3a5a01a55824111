package org.relata.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.relata.runtime.model.Address;
import org.relata.runtime.model.Child;
import org.relata.runtime.model.Group;
import org.relata.runtime.model.Membership;
import org.relata.runtime.model.Node;
import org.relata.runtime.model.Order;
import org.relata.runtime.model.OrderLine;
import org.relata.runtime.model.Parent;
import org.relata.runtime.model.User;

/** A fresh in-memory H2 database with every test model's tables, and a log of statements. */
final class TestDb implements AutoCloseable {
  static final Class<?>[] MODEL = {
    User.class,
    Address.class,
    Order.class,
    OrderLine.class,
    Node.class,
    Parent.class,
    Child.class,
    Group.class,
    Membership.class
  };
  private static final AtomicInteger COUNTER = new AtomicInteger();

  final StatementLog log = new StatementLog();
  final DSLContext dsl;

  /** Without the log, for assertions and set-up that must not count. */
  final DSLContext plain;

  TestDb() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:relata" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    plain = DSL.using(ds, SQLDialect.H2);
    dsl = DSL.using(new DefaultConfiguration().set(ds).set(SQLDialect.H2).set(log));
    Schema.create(plain, MODEL);
  }

  Session open() {
    return Session.open(dsl);
  }

  /** The rows of a plain SQL query, each as a list of its values, as committed data shows. */
  List<List<Object>> rows(String sql) {
    List<List<Object>> rows = new ArrayList<>();
    for (Record r : plain.fetch(sql)) {
      rows.add(Arrays.asList(r.intoArray()));
    }
    return rows;
  }

  /** Deletes every row of every table, quickly, so that one database serves many runs. */
  void wipe(String... tables) {
    plain.execute("set referential_integrity false");
    for (String t : tables) {
      plain.execute("truncate table \"" + t + "\"");
    }
    plain.execute("set referential_integrity true");
  }

  long count(String table) {
    return ((Number) plain.fetchValue("select count(*) from \"" + table + "\"")).longValue();
  }

  @Override
  public void close() {
    try {
      plain.execute("shutdown");
    } catch (DataAccessException expected) {
      // H2 closes the connection that ran SHUTDOWN under jOOQ's feet.
    }
  }
}
