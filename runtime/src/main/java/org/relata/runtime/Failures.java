package org.relata.runtime;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.Batch;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Runs the statements of a flush and tells what their failures mean: a statement that touched fewer
 * rows than it should have, or that the database refused because another transaction wrote the same
 * rows first, is a {@link ConflictException}; any other failure is a {@link FlushException} that
 * names the statement's table and rows.
 */
final class Failures {
  /** How many keys an exception message lists before it says how many more there are. */
  private static final int SAMPLE = 5;

  private Failures() {}

  /**
   * Executes {@code query}. When {@code expectedRows} is not negative and the statement touched
   * fewer rows, {@code missing} says what another transaction must have done.
   */
  static int execute(
      Query query, Table<?> table, Supplier<String> what, int expectedRows, String missing) {
    int rows;
    try {
      rows = query.execute();
    } catch (DataAccessException e) {
      throw failed(e, table, what);
    }
    if (expectedRows >= 0 && rows < expectedRows) {
      throw new ConflictException(
          table.getName(),
          what.get()
              + " touched "
              + rows
              + " of "
              + expectedRows
              + " rows: "
              + missing
              + ". The flush was rolled back; the session still holds its pending changes",
          null);
    }
    return rows;
  }

  /**
   * Runs {@code query}, which must return exactly one row, such as an UPDATE by key with {@code
   * RETURNING}; no row means {@code missing} happened. Failures are reported as {@link #execute}
   * reports them.
   */
  static Record fetchOne(
      ResultQuery<Record> query, Table<?> table, Supplier<String> what, String missing) {
    Result<Record> rows;
    try {
      rows = query.fetch();
    } catch (DataAccessException e) {
      throw failed(e, table, what);
    }
    if (rows.size() != 1) {
      throw new ConflictException(
          table.getName(),
          what.get()
              + " touched "
              + rows.size()
              + " of 1 rows: "
              + missing
              + ". The flush was rolled back; the session still holds its pending changes",
          null);
    }
    return rows.get(0);
  }

  /**
   * Executes a JDBC batch, whose failure is reported as {@link #execute} reports one statement's.
   */
  static void executeBatch(Batch batch, Table<?> table, Supplier<String> what) {
    try {
      batch.execute();
    } catch (DataAccessException e) {
      throw failed(e, table, what);
    }
  }

  /** The exception for a failed statement: a conflict when the SQL state says so. */
  static FlushException failed(DataAccessException e, Table<?> table, Supplier<String> what) {
    String conflict = conflict(e.sqlState());
    String message =
        what.get()
            + " failed"
            + (conflict == null ? "" : ", " + conflict)
            + ". The flush was rolled"
            + " back; the session still holds its pending changes. "
            + e.getMessage();
    return conflict == null
        ? new FlushException(message, e)
        : new ConflictException(table.getName(), message, e);
  }

  /** What an SQL state says about a concurrent transaction, or null when it is not a conflict. */
  static String conflict(String sqlState) {
    if (sqlState == null) {
      return null;
    }
    switch (sqlState) {
      case "23505":
        return "a row with the same key already exists (another transaction may have inserted it first)";
      case "23503":
      case "23506":
        return "a referenced row is missing, or a row to delete is still referenced (another"
            + " transaction may have deleted or added it)";
      case "40001":
      case "90131":
        return "another transaction changed the same rows at the same time";
      case "40P01":
        return "a deadlock with another transaction, which the database resolved by failing this one";
      case "55P03":
      case "HYT00":
        return "another transaction held a lock on the rows for too long";
      default:
        return null;
    }
  }

  /** The first few of {@code keys}, then how many more there are. */
  static String sample(List<?> keys) {
    if (keys.size() <= SAMPLE) {
      return keys.toString();
    }
    String first = keys.subList(0, SAMPLE).toString();
    return first.substring(0, first.length() - 1) + ", and " + (keys.size() - SAMPLE) + " more]";
  }
}
