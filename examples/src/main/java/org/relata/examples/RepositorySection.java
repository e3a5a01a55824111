package org.relata.examples;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.relata.examples.model.Address;
import org.relata.examples.model.User;
import org.relata.examples.model.Users;
import org.relata.examples.model.Users_;
import org.relata.runtime.Schema;
import org.relata.runtime.Session;

/**
 * A Jakarta Data repository over the demo's users: {@code Users_} is generated from the interface
 * {@code Users}, and built from a session.
 */
final class RepositorySection implements DemoSection {
  private User ed;
  private List<User> all;

  @Override
  public String title() {
    return "A Jakarta Data repository: Users_, generated from the interface Users";
  }

  @Override
  public void run(Narrator n) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:relata_repository;DB_CLOSE_DELAY=-1");
    Schema.create(DSL.using(ds, SQLDialect.H2), User.class, Address.class);
    SqlLog log = new SqlLog();
    DSLContext dsl = DSL.using(new DefaultConfiguration().set(ds).set(SQLDialect.H2).set(log));
    try (Session session = Session.open(dsl)) {
      Users users = new Users_(session);
      User wendy = new User("wendy");
      wendy.getAddresses().add(new Address("wendy@home"));
      User jack = new User("jack");
      n.step(
          "users.insertAll(List.of(wendy, jack))   // flushes; the address cascades",
          () -> users.insertAll(List.of(wendy, jack)));
      log.print(n);
      n.step("session.commit()", session::commit);
      log.print(n);
      n.step("ed = users.save(new User(\"ed\"))", () -> ed = users.save(new User("ed")));
      n.fact("users.byName(\"ed\").get() == ed", () -> users.byName("ed").get() == ed);
      n.fact("users.countByName(\"ed\")", () -> users.countByName("ed"));
      log.print(n);
      n.step("users.delete(ed)", () -> users.delete(ed));
      log.print(n);
      n.step("session.commit()", session::commit);
    }
    try (Session session = Session.open(dsl)) {
      Users users = new Users_(session);
      n.step("users = new Users_(session)   // a new session: nothing loaded yet", () -> {});
      n.step(
          "all = users.withAddresses()   // @Fetch(\"addresses\"): one more SELECT for all",
          () -> all = users.withAddresses());
      n.fact("statements", log::count);
      log.print(n);
      n.fact("all", () -> all);
      n.fact(
          "all.get(1).getAddresses()   // statements: 0",
          () -> all.get(1).getAddresses() + ", statements " + log.count());
      n.fact(
          "session.query(User.class).where(User.NAME.eq(\"wendy\")).first() == all.get(1)",
          () -> session.query(User.class).where(User.NAME.eq("wendy")).first() == all.get(1));
      log.print(n);
      n.fact("users.findAll().count()", () -> users.findAll().count());
      log.print(n);
    }
  }
}
