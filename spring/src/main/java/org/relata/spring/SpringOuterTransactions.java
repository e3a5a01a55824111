package org.relata.spring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.relata.runtime.OuterTransactions;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells sessions how Spring's transactions on one {@link DataSource} end, which jOOQ's {@code
 * TransactionProvider} cannot: whether one surrounds a session, which of its savepoints roll back,
 * and whether it committed. A session then makes pending again what a rolled-back part of the
 * transaction took with it, the ids it generated included.
 *
 * <p>Install it into the jOOQ configuration of the {@code DSLContext} that sessions use, with
 * {@link #install}; Relata's Spring Boot auto-configuration does so for Boot's {@code DSLContext}.
 */
public final class SpringOuterTransactions implements OuterTransactions {
  /** What Spring binds a transaction's connection under: the data source itself, unwrapped. */
  private final DataSource resourceKey;

  public SpringOuterTransactions(DataSource dataSource) {
    this.resourceKey =
        dataSource instanceof TransactionAwareDataSourceProxy proxy
            ? proxy.getTargetDataSource()
            : dataSource;
  }

  /** Puts one for {@code dataSource} into {@code configuration}'s data, where sessions look. */
  public static void install(Configuration configuration, DataSource dataSource) {
    configuration.data(KEY, new SpringOuterTransactions(dataSource));
  }

  @Override
  public Outer enter(Configuration configuration, Listener listener) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.hasResource(resourceKey)) {
      return null; // the session's transaction will be its own
    }
    Outcome outcome = (Outcome) TransactionSynchronizationManager.getResource(this);
    if (outcome == null) {
      outcome = new Outcome();
      TransactionSynchronizationManager.bindResource(this, outcome);
      TransactionSynchronizationManager.registerSynchronization(outcome);
    }
    outcome.listeners.add(listener);
    return outcome;
  }

  /**
   * One Spring transaction, as the sessions in it see it: the writes they handed over, in order,
   * and where each savepoint stood among them.
   */
  private final class Outcome implements TransactionSynchronization, Outer {
    final List<Listener> listeners = new ArrayList<>();
    private final List<Runnable> handed = new ArrayList<>();
    private final Map<Object, Integer> marks = new IdentityHashMap<>();

    @Override
    public void handOver(Runnable undo) {
      handed.add(undo);
    }

    /** First, so that sessions know the outcome before other synchronizations close them. */
    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void savepoint(Object savepoint) {
      marks.put(savepoint, handed.size());
      for (int i = listeners.size() - 1; i >= 0; i--) {
        listeners.get(i).savepoint(savepoint);
      }
    }

    @Override
    public void savepointRollback(Object savepoint) {
      Integer mark = marks.remove(savepoint);
      for (int i = listeners.size() - 1; i >= 0; i--) {
        listeners.get(i).rolledBackTo(savepoint);
      }
      // A savepoint taken before this transaction's first session came holds all of them.
      undoFrom(mark == null ? 0 : mark);
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(SpringOuterTransactions.this);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(SpringOuterTransactions.this, this);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(SpringOuterTransactions.this);
      boolean committed = status == STATUS_COMMITTED;
      for (int i = listeners.size() - 1; i >= 0; i--) {
        listeners.get(i).ended(committed);
      }
      if (!committed) {
        undoFrom(0);
      }
    }

    private void undoFrom(int mark) {
      for (int i = handed.size() - 1; i >= mark; i--) {
        handed.remove(i).run();
      }
    }
  }
}
