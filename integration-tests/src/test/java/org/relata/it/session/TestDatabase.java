package org.relata.it.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.relata.runtime.Schema;
import org.relata.runtime.Session;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * A fresh, empty database with the tables of a model: an in-memory H2 database, or a new schema
 * of the shared embedded PostgreSQL. Statements that sessions run are logged.
 */
final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  final Backend backend;
  final StatementLog log = new StatementLog();
  /** Runs sessions; its statements are logged. */
  final DSLContext dsl;
  /** For set-up and assertions in plain SQL, auto-committed, not logged. */
  final DSLContext plain;
  private final Class<?>[] model;
  private final String name;

  TestDatabase(Backend backend, Class<?>... model) {
    this.backend = backend;
    this.model = model;
    this.name = "relata" + COUNTER.incrementAndGet();
    DataSource ds;
    SQLDialect dialect;
    if (backend == Backend.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      ds = h2;
      dialect = SQLDialect.H2;
    } else {
      int port = Postgres.server().getPort();
      DSL.using(Postgres.server().getPostgresDatabase(), SQLDialect.POSTGRES)
          .createSchema(DSL.name(name))
          .execute();
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setServerNames(new String[] {"localhost"});
      pg.setPortNumbers(new int[] {port});
      pg.setDatabaseName("postgres");
      pg.setUser("postgres");
      pg.setCurrentSchema(name);
      ds = pg;
      dialect = SQLDialect.POSTGRES;
    }
    plain = DSL.using(ds, dialect);
    dsl = DSL.using(new DefaultConfiguration().set(ds).set(dialect).set(log));
    Schema.create(plain, model);
  }

  Session open() {
    return Session.open(dsl);
  }

  /** The rows of a query, each as a list of its values. */
  List<List<Object>> rows(String sql) {
    List<List<Object>> rows = new ArrayList<>();
    for (Record r : plain.fetch(sql)) {
      rows.add(Arrays.asList(r.intoArray()));
    }
    return rows;
  }

  long count(String table) {
    return ((Number) plain.fetchValue("select count(*) from \"" + table + "\"")).longValue();
  }

  /** Empties every table of the model, association tables included, and the statement log. */
  void wipe() {
    List<String> tables = tables();
    if (backend == Backend.H2) {
      plain.execute("set referential_integrity false");
      for (String t : tables) {
        plain.truncate(DSL.table(DSL.name(t))).execute();
      }
      plain.execute("set referential_integrity true");
    } else {
      plain.execute("truncate table \"" + String.join("\", \"", tables) + "\" cascade");
    }
    log.reset();
  }

  /** The names of the model's tables and of the association tables its relationships use. */
  List<String> tables() {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> c : model) {
      EntityType<?> type = EntityType.of(c);
      names.add(type.table().getName());
      for (Relationship<?, ?> r : type.relationships()) {
        if (r.join() instanceof Join.SecondaryJoin s) {
          names.add(s.table().getName());
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** Every row of every table, as {@code dsl} sees them (say, inside a session's transaction). */
  List<String> dump(DSLContext dsl) {
    List<String> rows = new ArrayList<>();
    for (String t : tables()) {
      for (Record r : dsl.selectFrom(DSL.table(DSL.name(t))).fetch()) {
        rows.add(t + ": " + Arrays.asList(r.intoArray()));
      }
    }
    Collections.sort(rows);
    return rows;
  }

  @Override
  public void close() {
    if (backend == Backend.H2) {
      plain.execute("drop all objects");
    } else {
      plain.dropSchema(DSL.name(name)).cascade().execute();
    }
  }
}
