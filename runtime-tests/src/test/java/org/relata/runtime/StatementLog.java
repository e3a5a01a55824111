package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Insert;
import org.jooq.Query;
import org.jooq.Select;
import org.jooq.Update;
import org.jooq.exception.DataAccessException;

/** Records every statement jOOQ executes, and can make the k-th one fail. */
final class StatementLog implements ExecuteListener {
  private static final long serialVersionUID = 1L;

  final List<String> sql = new ArrayList<>();
  private final List<String> kinds = new ArrayList<>();
  private int failAt = -1;

  @Override
  public void executeStart(ExecuteContext ctx) {
    String s = ctx.sql() != null ? ctx.sql() : String.join("; ", ctx.batchSQL());
    int index = sql.size();
    sql.add(s);
    kinds.add(kindOf(ctx.query(), s));
    if (index == failAt) {
      failAt = -1;
      throw new DataAccessException("injected failure at statement " + index + ": " + s);
    }
  }

  /** Forgets what was logged; the next statement is number 0. */
  void clear() {
    sql.clear();
    kinds.clear();
    failAt = -1;
  }

  /** Makes statement {@code k}, counted from the last {@link #clear}, fail once. */
  void failAt(int k) {
    failAt = k;
  }

  /** The first word of each statement, upper-cased: INSERT, UPDATE, DELETE, SELECT... */
  List<String> kinds() {
    return new ArrayList<>(kinds);
  }

  /**
   * By the jOOQ query's type: on H2 an INSERT that returns its generated id is rendered as a SELECT
   * from the INSERT's FINAL TABLE, but it is one INSERT statement.
   */
  private static String kindOf(Query query, String sql) {
    if (query instanceof Insert<?>) {
      return "INSERT";
    } else if (query instanceof Update<?>) {
      return "UPDATE";
    } else if (query instanceof Delete<?>) {
      return "DELETE";
    } else if (query instanceof Select<?>) {
      return "SELECT";
    }
    return sql.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
  }

  long count(String kind) {
    return kinds().stream().filter(kind::equals).count();
  }

  @Override
  public String toString() {
    return String.join("\n", sql);
  }
}
