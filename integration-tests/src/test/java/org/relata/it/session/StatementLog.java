package org.relata.it.session;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Insert;
import org.jooq.Query;
import org.jooq.Select;
import org.jooq.Update;
import org.jooq.exception.DataAccessException;

/**
 * A jOOQ listener that records each executed statement with its kind, and can make the k-th one
 * fail, or run an action just before it (such as killing the connection), to inject faults into a
 * flush.
 */
public final class StatementLog implements ExecuteListener {
  private static final long serialVersionUID = 1L;

  private final List<String> statements = new ArrayList<>();
  private final List<String> kinds = new ArrayList<>();
  private int trigger = -1;
  private transient Runnable action;

  @Override
  public void executeStart(ExecuteContext ctx) {
    String sql = ctx.sql() == null ? String.join("; ", ctx.batchSQL()) : ctx.sql();
    statements.add(sql);
    // A batch runs one query many times; its kind is that query's.
    kinds.add(
        kind(
            ctx.query() != null || ctx.batchQueries().length == 0
                ? ctx.query()
                : ctx.batchQueries()[0]));
    if (statements.size() - 1 == trigger) {
      trigger = -1;
      action.run();
    }
  }

  /**
   * The kind of a query, whatever SQL the dialect renders (H2 wraps INSERT ... RETURNING in a
   * SELECT).
   */
  private static String kind(Query query) {
    if (query instanceof Insert<?>) {
      return "INSERT";
    }
    if (query instanceof Update<?>) {
      return "UPDATE";
    }
    if (query instanceof Delete<?>) {
      return "DELETE";
    }
    return query instanceof Select<?> ? "SELECT" : "OTHER";
  }

  public void reset() {
    statements.clear();
    kinds.clear();
    trigger = -1;
  }

  /** The statement at {@code index}, counted from the last reset, fails once. */
  void failStatement(int index) {
    beforeStatement(
        index,
        () -> {
          throw new DataAccessException("Injected failure of statement " + index);
        });
  }

  /** Runs {@code action} once, just before the statement at {@code index} executes. */
  void beforeStatement(int index, Runnable action) {
    this.trigger = index;
    this.action = action;
  }

  public List<String> kinds() {
    return List.copyOf(kinds);
  }

  public List<String> statements() {
    return List.copyOf(statements);
  }

  @Override
  public String toString() {
    return String.join("\n", statements);
  }
}
