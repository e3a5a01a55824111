package org.relata.examples;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;

/** Collects each statement with its bind values inlined, as a reader wants to see it. */
final class SqlLog implements ExecuteListener {
  private static final long serialVersionUID = 1L;
  private final List<String> statements = new ArrayList<>();

  @Override
  public void executeStart(ExecuteContext ctx) {
    if (ctx.query() != null) {
      statements.add(DSL.using(ctx.dialect()).renderInlined(ctx.query()));
    }
  }

  /** A JDBC batch (new links on H2) runs one statement for many rows: shown once. */
  @Override
  public void executeEnd(ExecuteContext ctx) {
    if (ctx.query() == null && ctx.batchSQL().length > 0) {
      statements.add(ctx.batchSQL()[0] + "   -- one JDBC batch, a row of values per new link");
    }
  }

  /** How many statements ran since the last {@link #print}. */
  int count() {
    return statements.size();
  }

  /** Prints each statement since the last call as a fact, and forgets them. */
  void print(Narrator n) {
    for (String sql : statements) {
      n.fact("SQL", () -> sql);
    }
    statements.clear();
  }
}
