package org.relata.bench.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** One database the comparisons run on: in-memory H2 or an embedded PostgreSQL server. */
public final class Database implements AutoCloseable {
  private final String name;
  private final SQLDialect dialect;
  private final MeteredDataSource dataSource;
  private final String hibernateDialect;
  private final EmbeddedPostgres server;

  private Database(
      String name,
      SQLDialect dialect,
      String hibernateDialect,
      Connection c,
      EmbeddedPostgres server) {
    this.name = name;
    this.dialect = dialect;
    this.hibernateDialect = hibernateDialect;
    this.dataSource = new MeteredDataSource(c);
    this.server = server;
  }

  /**
   * In-memory H2. {@code DATABASE_TO_LOWER} makes unquoted names lower case, as PostgreSQL does, so
   * that jOOQ's quoted names and Hibernate's unquoted ones meet the same tables.
   */
  public static Database h2() throws SQLException {
    Connection c =
        DriverManager.getConnection(
            "jdbc:h2:mem:relata_bench;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
    return new Database(
        "H2 " + org.h2.engine.Constants.VERSION,
        SQLDialect.H2,
        "org.hibernate.dialect.H2Dialect",
        c,
        null);
  }

  /** A fresh embedded PostgreSQL server, stopped on {@link #close}. */
  public static Database postgres() throws IOException, SQLException {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    Connection c = pg.getPostgresDatabase().getConnection();
    String version = c.getMetaData().getDatabaseProductVersion();
    return new Database(
        "PostgreSQL " + version + " (embedded)",
        SQLDialect.POSTGRES,
        "org.hibernate.dialect.PostgreSQLDialect",
        c,
        pg);
  }

  public String name() {
    return name;
  }

  public SQLDialect dialect() {
    return dialect;
  }

  public String hibernateDialect() {
    return hibernateDialect;
  }

  public MeteredDataSource dataSource() {
    return dataSource;
  }

  /** A jOOQ context on the shared connection. */
  public DSLContext dsl() {
    return DSL.using(dataSource, dialect);
  }

  /** Runs plain SQL statements and commits, for schema and seed data. */
  public void execute(String... sql) throws SQLException {
    Connection c = dataSource.getConnection();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } finally {
      c.setAutoCommit(auto);
    }
  }

  @Override
  public void close() throws SQLException, IOException {
    dataSource.closePhysical();
    if (server != null) {
      server.close();
    }
  }
}
