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
    statements.add(DSL.using(ctx.dialect()).renderInlined(ctx.query()));
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
