package org.relata.examples;

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
import org.relata.runtime.Schema;
import org.relata.runtime.Session;

/** Persisting with a Session on embedded H2, printing every SQL statement each flush issues. */
final class PersistenceSection implements DemoSection {
  @Override
  public String title() {
    return "Persisting with a Session on embedded H2: the SQL of each flush";
  }

  @Override
  public void run(Narrator n) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:relata_persistence;DB_CLOSE_DELAY=-1");
    Class<?>[] model = {
      User.class, Address.class, Host.class, HostUser.class, Group.class, UserProfile.class
    };
    Schema.create(DSL.using(ds, SQLDialect.H2), model);
    SqlLog log = new SqlLog();
    DSLContext dsl = DSL.using(new DefaultConfiguration().set(ds).set(SQLDialect.H2).set(log));

    User ed = new User("ed");
    Address home = new Address("ed@home");
    Address work = new Address("ed@work");
    HostUser alice = new HostUser("alice");
    Group admins = new Group("admins");
    Group staff = new Group("staff");
    try (Session session = Session.open(dsl)) {
      n.step(
          "ed.getAddresses().addAll(home, work); alice.getGroups().addAll(admins, staff)",
          () -> {
            ed.getAddresses().add(home);
            ed.getAddresses().add(work);
            alice.getGroups().add(admins);
            alice.getGroups().add(staff);
          });
      n.step(
          "session.add(ed); session.add(alice); session.commit()   // parents first, ids read back",
          () -> {
            session.add(ed);
            session.add(alice);
            session.commit();
          });
      log.print(n);
      n.step(
          "work.setUser(null); staff.getMembers().remove(alice); session.commit()",
          () -> {
            work.setUser(null);
            staff.getMembers().remove(alice);
            session.commit();
          });
      n.fact("ed.getAddresses()", ed::getAddresses);
      log.print(n);
      n.step(
          "session.delete(ed); session.commit()   // its addresses keep their rows, key NULL",
          () -> {
            session.delete(ed);
            session.commit();
          });
      log.print(n);
    }
    n.fact(
        "rows in address",
        () ->
            DSL.using(ds, SQLDialect.H2)
                .fetch("select \"email\", \"user_id\" from \"address\"")
                .intoMaps());
    User wendy = new User("wendy");
    User draft = new User("draft");
    n.step(
        "dsl.transaction(cfg -> { two sessions on DSL.using(cfg): one adds wendy and commits,"
            + " one adds draft, flushes and closes })   // nested in jOOQ's transaction",
        () ->
            dsl.transaction(
                cfg -> {
                  try (Session session = Session.open(DSL.using(cfg))) {
                    session.add(wendy);
                    session.commit(); // hands the INSERT to the jOOQ transaction
                  }
                  try (Session session = Session.open(DSL.using(cfg))) {
                    session.add(draft);
                    session.flush();
                  } // undoes only its own INSERT; the jOOQ transaction then commits
                }));
    log.print(n);
    n.fact(
        "rows in user_account",
        () ->
            DSL.using(ds, SQLDialect.H2).fetch("select \"name\" from \"user_account\"").intoMaps());
  }
}
