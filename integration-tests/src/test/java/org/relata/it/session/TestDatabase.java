package org.relata.it.session;

import java.sql.Connection;
import java.sql.SQLException;
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
import org.jooq.ExecuteListener;
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
 * A fresh, empty database with the tables of a model: an in-memory H2 database, or a new schema of
 * the shared embedded PostgreSQL. Statements that sessions run are logged.
 */
public final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  public final Backend backend;
  public final StatementLog log = new StatementLog();

  /** Makes the next commit of a session fail. */
  final CommitFaults commits = new CommitFaults();

  /** Runs sessions; its statements are logged. */
  public final DSLContext dsl;

  /**
   * For set-up and assertions in plain SQL, auto-committed, not logged; one connection, kept open.
   */
  public final DSLContext plain;

  private final Connection plainConnection;
  private final Class<?>[] model;
  private final String name;
  private final DataSource dataSource;
  private final SQLDialect dialect;

  /** Schemas besides the default one that set-up created, dropped on close. */
  private final List<String> schemas = new ArrayList<>();

  public TestDatabase(Backend backend, Class<?>... model) {
    this(backend, null, true, model);
  }

  /**
   * A database whose tables the plain SQL migration scripts under {@code location} create, as
   * Flyway runs them (see {@link Migration}); {@code Schema.create} is not called.
   */
  static TestDatabase migrated(Backend backend, String location, Class<?>... model) {
    return new TestDatabase(backend, location, false, model);
  }

  /**
   * A database where the scripts under {@code location} run first (say, to create a schema), then
   * {@code Schema.create} creates the model's tables.
   */
  static TestDatabase createdAfter(Backend backend, String location, Class<?>... model) {
    return new TestDatabase(backend, location, true, model);
  }

  private TestDatabase(Backend backend, String migration, boolean create, Class<?>... model) {
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
      // No test waits for a lock for ever: a session stuck behind another fails after 30 s.
      pg.setOptions("-c lock_timeout=30000");
      ds = pg;
      dialect = SQLDialect.POSTGRES;
    }
    this.dataSource = commits.wrap(ds);
    this.dialect = dialect;
    try {
      plainConnection = ds.getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to " + name, e);
    }
    plain = DSL.using(plainConnection, dialect);
    dsl = using(log);
    if (migration != null) {
      schemas.addAll(Migration.run(plainConnection, migration, backend));
    }
    if (create) {
      Schema.create(plain, model);
    }
  }

  public Session open() {
    return Session.open(dsl);
  }

  /**
   * A DSLContext on this database whose statements go to {@code listener}, for a session of its
   * own.
   */
  DSLContext using(ExecuteListener listener) {
    return DSL.using(new DefaultConfiguration().set(dataSource).set(dialect).set(listener));
  }

  /** The PostgreSQL backend process that serves {@code session}'s connection. */
  int backendPid(Session session) {
    return ((Number) session.dsl().fetchValue("select pg_backend_pid()")).intValue();
  }

  /**
   * Kills the PostgreSQL backend {@code pid} from another connection, as a crash or a network
   * failure would, and waits until it is gone.
   */
  void terminate(int pid) {
    plain.fetchValue("select pg_terminate_backend(" + pid + ")");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (backendAlive(pid)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("PostgreSQL backend " + pid + " did not terminate within 10 s");
      }
      Thread.onSpinWait();
    }
  }

  /**
   * Waits until PostgreSQL makes backend {@code pid} wait for a lock that another transaction
   * holds: the point at which two sessions really contend.
   */
  void awaitLockWait(int pid) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"Lock"
        .equals(
            plain.fetchValue("select wait_event_type from pg_stat_activity where pid = " + pid))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "PostgreSQL backend " + pid + " did not wait for a lock within 10 s");
      }
      Thread.onSpinWait();
    }
  }

  private boolean backendAlive(int pid) {
    return ((Number) plain.fetchValue("select count(*) from pg_stat_activity where pid = " + pid))
            .intValue()
        > 0;
  }

  /** The rows of a query, each as a list of its values. */
  public List<List<Object>> rows(String sql) {
    List<List<Object>> rows = new ArrayList<>();
    for (Record r : plain.fetch(sql)) {
      rows.add(Arrays.asList(r.intoArray()));
    }
    return rows;
  }

  public long count(String table) {
    return ((Number) plain.fetchValue("select count(*) from \"" + table + "\"")).longValue();
  }

  /** Empties every table of the model, association tables included, and the statement log. */
  public void wipe() {
    List<String> tables = tables();
    if (backend == Backend.H2) {
      plain.execute("set referential_integrity false");
      for (String t : tables) {
        plain.truncate(DSL.table(DSL.name(t))).execute();
      }
      plain.execute("set referential_integrity true");
    } else {
      // DELETE with foreign-key triggers off: for a few rows, much faster than TRUNCATE's new
      // files.
      plain.execute("set session_replication_role = replica");
      for (String t : tables) {
        plain.deleteFrom(DSL.table(DSL.name(t))).execute();
      }
      plain.execute("set session_replication_role = origin");
    }
    log.reset();
  }

  /** The names of the model's tables and of the association tables its relationships use. */
  public List<String> tables() {
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
  public List<String> dump(DSLContext dsl) {
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
    try {
      if (backend == Backend.H2) {
        plain.execute("drop all objects");
      } else {
        for (String schema : schemas) {
          plain.dropSchemaIfExists(DSL.name(schema)).cascade().execute();
        }
        plain.dropSchema(DSL.name(name)).cascade().execute();
      }
    } finally {
      try {
        plainConnection.close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
