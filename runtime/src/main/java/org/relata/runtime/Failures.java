package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Batch;
import org.jooq.Delete;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.EntityType;

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
      throw failed(e, table, what, query instanceof Delete<?>);
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
      throw failed(e, table, what, false);
    }
  }

  /**
   * The exception for a failed INSERT or UPDATE; see {@link #failed(DataAccessException, Table,
   * Supplier, boolean)}.
   */
  static RelataException failed(DataAccessException e, Table<?> table, Supplier<String> what) {
    return failed(e, table, what, false);
  }

  /**
   * The exception for a failed statement: a {@link SchemaMismatchException} for a mapped column or
   * table that the database lacks; for a constraint, what the constraint and the metamodel say (see
   * {@link #unique} and {@link #foreignKey}); else a conflict when the SQL state says so.
   */
  static RelataException failed(
      DataAccessException e, Table<?> table, Supplier<String> what, boolean delete) {
    SchemaMismatchException missing = DatabaseErrors.missing(e);
    if (missing != null) {
      return missing;
    }
    if ("23505".equals(e.sqlState())) {
      return unique(e, table, what);
    }
    if (delete && ("23503".equals(e.sqlState()) || "23506".equals(e.sqlState()))) {
      return ForeignKeyFailures.onDelete(e, table, what);
    }
    if ("23503".equals(e.sqlState()) || "23506".equals(e.sqlState())) {
      DatabaseErrors.Constraint c = DatabaseErrors.constraint(e, table);
      return new ConflictException(
          table.getName(),
          what.get()
              + " failed: the foreign key "
              + c
              + " finds no referenced row (another transaction may have deleted it)."
              + ROLLED_BACK
              + e.getMessage(),
          e);
    }
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

  static final String ROLLED_BACK =
      " The flush was rolled back; the session still holds its pending changes. ";

  /**
   * A unique violation: on the key of the statement's table (the primary key of an entity, all
   * columns of a link table) it is a conflict with another transaction's row; on other columns it
   * is a value that another row already holds, named with its constraint.
   */
  private static RelataException unique(
      DataAccessException e, Table<?> table, Supplier<String> what) {
    DatabaseErrors.Constraint c = DatabaseErrors.constraint(e, table);
    List<String> key = keyColumns(table);
    boolean onKey =
        c.columns().isEmpty()
            ? c.name() == null || c.name().startsWith("PRIMARY KEY")
            : key.containsAll(c.columns()) && c.columns().containsAll(key);
    if (onKey) {
      return new ConflictException(
          table.getName(),
          what.get()
              + " failed, a row with the same key already exists (another transaction may have"
              + " inserted it first)"
              + (c.name() == null ? "" : "; constraint " + c)
              + "."
              + ROLLED_BACK
              + e.getMessage(),
          e);
    }
    return new ConstraintViolationException(
        c.table(),
        c.name(),
        what.get()
            + " failed: the unique constraint "
            + c
            + " already holds the same value in another row. Change the value, or the row that"
            + " holds it."
            + ROLLED_BACK
            + e.getMessage(),
        e);
  }

  /** The key columns of {@code table}: an entity's ids, or every column of a link table. */
  private static List<String> keyColumns(Table<?> table) {
    List<String> key = new ArrayList<>();
    for (EntityType<?> type : EntityType.registered()) {
      if (type.table().equals(table)) {
        type.ids().forEach(a -> key.add(a.field().getName()));
        return key;
      }
    }
    for (AssociationType link : AssociationType.registered()) {
      if (link.table().equals(table)) {
        link.columns().forEach(a -> key.add(a.field().getName()));
      }
    }
    return key;
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
