package org.relata.bench.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over one physical connection, which every library borrows in turn (a pool of one:
 * connection set-up stays out of every measurement), and which counts statements and rows while
 * metering is switched on.
 *
 * <p>Timed runs leave metering off, so that statements reach the driver unwrapped; a separate
 * untimed run of each variant switches it on to count. The connection itself is always behind a
 * thin proxy, whose only job when not metering is to ignore {@code close()}.
 */
public final class MeteredDataSource implements DataSource {
  private final Connection physical;
  private final Connection shared;
  private boolean metering;
  private long queries;
  private long writeStatements;
  private long writeRoundTrips;
  private long rowsWritten;

  public MeteredDataSource(Connection physical) {
    this.physical = physical;
    this.shared =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, this::onConnection);
  }

  /** Starts counting from zero. */
  public void startMetering() {
    queries = writeStatements = writeRoundTrips = rowsWritten = 0;
    metering = true;
  }

  /** Stops counting and returns what was counted. */
  public Counts stopMetering() {
    metering = false;
    return new Counts(queries, writeStatements, writeRoundTrips, rowsWritten);
  }

  /** Closes the physical connection for good. */
  public void closePhysical() throws SQLException {
    physical.close();
  }

  @Override
  public Connection getConnection() {
    return shared;
  }

  @Override
  public Connection getConnection(String username, String password) {
    return shared;
  }

  private Object onConnection(Object proxy, Method m, Object[] args) throws Throwable {
    switch (m.getName()) {
      case "close":
        return null;
      case "isClosed":
        return false;
      case "unwrap":
        return ((Class<?>) args[0]).isInstance(physical)
            ? physical
            : physical.unwrap((Class<?>) args[0]);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(physical)
            || physical.isWrapperFor((Class<?>) args[0]);
      default:
        break;
    }
    Object result = invoke(physical, m, args);
    if (metering && result instanceof Statement s) {
      return countingStatement(s, m.getReturnType());
    }
    return result;
  }

  private Object countingStatement(Statement target, Class<?> type) {
    InvocationHandler h =
        new InvocationHandler() {
          private int pendingBatch;

          @Override
          public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            if (name.equals("getConnection")) {
              return shared;
            }
            Object result = MeteredDataSource.invoke(target, m, args);
            switch (name) {
              case "addBatch" -> pendingBatch++;
              case "clearBatch" -> pendingBatch = 0;
              case "executeQuery" -> queries++;
              case "executeUpdate", "executeLargeUpdate" -> {
                writeStatements++;
                writeRoundTrips++;
                rowsWritten += ((Number) result).longValue();
              }
              case "execute" -> {
                if ((Boolean) result) {
                  queries++;
                } else {
                  writeStatements++;
                  writeRoundTrips++;
                  rowsWritten += Math.max(0, target.getUpdateCount());
                }
              }
              case "executeBatch", "executeLargeBatch" -> {
                writeStatements += pendingBatch;
                writeRoundTrips++;
                pendingBatch = 0;
                int n = java.lang.reflect.Array.getLength(result);
                for (int i = 0; i < n; i++) {
                  rowsWritten +=
                      Math.max(0, ((Number) java.lang.reflect.Array.get(result, i)).longValue());
                }
              }
              default -> {
                // Everything else passes straight through.
              }
            }
            return result;
          }
        };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // No logging.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // One connection that is already open.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
