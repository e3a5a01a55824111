package org.relata.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.Configuration;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;

/**
 * Tells sessions how the application's own jOOQ transactions ({@code dsl.transaction(...)}) end,
 * which jOOQ's {@code TransactionProvider} cannot: it wraps the configuration's provider, sees each
 * transaction and nested transaction begin, commit and roll back, and reports to the sessions
 * inside them. A session that committed into a transaction that then rolled back makes its objects
 * pending again, their generated ids included.
 *
 * <pre>{@code
 * DSLContext dsl = DSL.using(JooqOuterTransactions.install(
 *     new DefaultConfiguration().set(dataSource).set(SQLDialect.POSTGRES)));
 * }</pre>
 */
public final class JooqOuterTransactions implements TransactionProvider, OuterTransactions {
  private final TransactionProvider provider;

  /** The application's transactions open on this thread, innermost first. */
  private final ThreadLocal<Deque<Level>> open = ThreadLocal.withInitial(ArrayDeque::new);

  private record Level(TransactionContext context, TransactionOutcome outcome) {}

  private JooqOuterTransactions(TransactionProvider provider) {
    this.provider = provider;
  }

  /**
   * Wraps {@code configuration}'s transaction provider, and puts the wrapper where sessions look;
   * returns {@code configuration}.
   */
  public static Configuration install(Configuration configuration) {
    JooqOuterTransactions tracking = new JooqOuterTransactions(configuration.transactionProvider());
    configuration.set(tracking);
    configuration.data(KEY, tracking);
    return configuration;
  }

  @Override
  public Outer enter(Configuration configuration, Listener listener) {
    Level innermost = open.get().peek();
    if (innermost == null) {
      return null;
    }
    innermost.outcome.add(listener);
    return innermost.outcome;
  }

  @Override
  public void begin(TransactionContext ctx) {
    provider.begin(ctx);
    if (ctx instanceof TransactionScope) {
      return; // a session's own part: the session tracks it
    }
    Deque<Level> levels = open.get();
    TransactionOutcome outcome =
        levels.isEmpty() ? new TransactionOutcome() : levels.peek().outcome;
    if (!levels.isEmpty()) {
      outcome.savepoint(ctx);
    }
    levels.push(new Level(ctx, outcome));
  }

  @Override
  public void commit(TransactionContext ctx) {
    provider.commit(ctx); // when this throws, jOOQ rolls the transaction back next
    if (!(ctx instanceof TransactionScope)) {
      Level level = pop(ctx);
      if (level != null && open.get().isEmpty()) {
        open.remove();
        level.outcome.ended(true);
      }
    }
  }

  @Override
  public void rollback(TransactionContext ctx) {
    try {
      provider.rollback(ctx);
    } finally {
      if (!(ctx instanceof TransactionScope)) {
        Level level = pop(ctx);
        if (level != null) {
          if (open.get().isEmpty()) {
            open.remove();
            level.outcome.ended(false);
          } else {
            level.outcome.rolledBackTo(ctx);
          }
        }
      }
    }
  }

  private Level pop(TransactionContext ctx) {
    Deque<Level> levels = open.get();
    if (levels.isEmpty() || levels.peek().context != ctx) {
      return null; // begun on another thread, or its begin failed
    }
    return levels.pop();
  }
}
