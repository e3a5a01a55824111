package org.relata.examples;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.relata.examples.model.Address;
import org.relata.examples.model.Group;
import org.relata.examples.model.Host;
import org.relata.examples.model.HostUser;
import org.relata.examples.model.User;
import org.relata.examples.model.UserProfile;
import org.relata.runtime.DetachedInstanceException;
import org.relata.runtime.Schema;
import org.relata.runtime.Session;

/**
 * Loading objects back, with the SQL each strategy sends: User.addresses is {@code Lazy.SELECT},
 * Host.users {@code Lazy.JOINED} and HostUser.groups {@code Lazy.SELECTIN}.
 */
final class LoadingSection implements DemoSection {
  private User ed;
  private User wendy;
  private List<Host> hosts;

  @Override
  public String title() {
    return "Loading back: Lazy.SELECT, JOINED and SELECTIN, and the SQL each sends";
  }

  @Override
  public void run(Narrator n) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:relata_loading;DB_CLOSE_DELAY=-1");
    DSLContext plain = DSL.using(ds, SQLDialect.H2);
    Schema.create(
        plain,
        User.class,
        Address.class,
        Host.class,
        HostUser.class,
        Group.class,
        UserProfile.class);
    seed(plain);
    SqlLog log = new SqlLog();
    DSLContext dsl = DSL.using(new DefaultConfiguration().set(ds).set(SQLDialect.H2).set(log));
    try (Session session = Session.open(dsl)) {
      n.step(
          "ed = session.query(User.class).where(User.NAME.eq(\"ed\")).first()",
          () -> ed = session.query(User.class).where(User.NAME.eq("ed")).first());
      log.print(n);
      n.fact("ed.getAddresses()   // SELECT: loads now", ed::getAddresses);
      log.print(n);
      n.fact("ed.getAddresses()   // again: statements", () -> count(log, ed::getAddresses));

      n.step(
          "hosts = session.query(Host.class).orderBy(Host.HOSTNAME.asc()).list()",
          () -> hosts = session.query(Host.class).orderBy(Host.HOSTNAME.asc()).list());
      n.fact("statements: users JOINED, their groups SELECTIN", log::count);
      log.print(n);
      HostUser alice = hosts.get(0).getUsers().get(0);
      n.fact("hosts.get(0).getUsers()", () -> hosts.get(0).getUsers());
      n.fact("alice.getGroups()", alice::getGroups);
      n.fact(
          "hosts.get(1).getUsers().get(0).getGroups()",
          () -> hosts.get(1).getUsers().get(0).getGroups());
      n.fact("statements for all of these", log::count);
      n.fact("alice.getHost() == hosts.get(0)", () -> alice.getHost() == hosts.get(0));
      n.fact(
          "query(HostUser.class).where(USERNAME.eq(\"alice\")).first() == alice",
          () ->
              session.query(HostUser.class).where(HostUser.USERNAME.eq("alice")).first() == alice);
      log.print(n);
      n.step("session.flush()   // loading made nothing dirty", session::flush);
      n.fact("statements", log::count);
      wendy = session.query(User.class).where(User.NAME.eq("wendy")).first();
    }
    n.fact(
        "wendy.getAddresses()   // after close",
        () -> {
          try {
            return wendy.getAddresses();
          } catch (DetachedInstanceException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
          }
        });
  }

  /** How many statements {@code action} ran. */
  private static int count(SqlLog log, Runnable action) {
    int before = log.count();
    action.run();
    return log.count() - before;
  }

  private static void seed(DSLContext dsl) {
    User ed = new User("ed");
    ed.getAddresses().add(new Address("ed@work"));
    ed.getAddresses().add(new Address("ed@home"));
    User wendy = new User("wendy");
    wendy.getAddresses().add(new Address("wendy@home"));
    Group admins = new Group("admins");
    Group staff = new Group("staff");
    Host web1 = new Host("web1");
    Host web2 = new Host("web2");
    HostUser alice = new HostUser("alice");
    HostUser bob = new HostUser("bob");
    HostUser carol = new HostUser("carol");
    alice.getGroups().add(staff);
    alice.getGroups().add(admins);
    bob.getGroups().add(staff);
    carol.getGroups().add(admins);
    web1.getUsers().add(bob);
    web1.getUsers().add(alice);
    web2.getUsers().add(carol);
    try (Session session = Session.open(dsl)) {
      session.addAll(List.of(ed, wendy, web1, web2));
      session.commit();
    }
  }
}
