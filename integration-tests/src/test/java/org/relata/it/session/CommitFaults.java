package org.relata.it.session;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Wraps a real data source so that the next COMMIT of one of its connections can be made to fail, a
 * fault that no jOOQ listener sees: the connection's commit goes straight to JDBC.
 */
final class CommitFaults {
  /** What happens instead of, or before, the real commit. */
  interface Fault {
    void inject(Connection real) throws SQLException;
  }

  /** The transaction is rolled back, and the commit reports a failure. */
  static final Fault ROLLED_BACK =
      real -> {
        real.rollback();
        throw new SQLException("Injected failure at COMMIT; the transaction was rolled back");
      };

  private final AtomicReference<Fault> next = new AtomicReference<>();

  /** The next commit on any connection of {@link #wrap}'s data source runs {@code fault} first. */
  void beforeNextCommit(Fault fault) {
    next.set(fault);
  }

  DataSource wrap(DataSource real) {
    return proxy(
        DataSource.class,
        real,
        (method, args) -> {
          Object result = method.invoke(real, args);
          return result instanceof Connection c && method.getName().equals("getConnection")
              ? connection(c)
              : result;
        });
  }

  private Connection connection(Connection real) {
    return proxy(
        Connection.class,
        real,
        (method, args) -> {
          if (method.getName().equals("commit")) {
            Fault fault = next.getAndSet(null);
            if (fault != null) {
              fault.inject(real);
            }
          }
          return method.invoke(real, args);
        });
  }

  private interface Call {
    Object invoke(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T real, Call call) {
    InvocationHandler handler =
        (p, method, args) -> {
          try {
            return call.invoke(method, args);
          } catch (InvocationTargetException e) {
            throw e.getCause(); // as the real object threw it
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
