package org.relata.spring;

import javax.sql.DataSource;
import org.jooq.Configuration;
import org.relata.runtime.OuterTransactions;
import org.relata.runtime.TransactionOutcome;
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
    outcome.outcome.add(listener);
    return outcome.outcome;
  }

  /** One Spring transaction's outcome, told by Spring's synchronization callbacks. */
  private final class Outcome implements TransactionSynchronization {
    final TransactionOutcome outcome = new TransactionOutcome();

    /** First, so that sessions know the outcome before other synchronizations close them. */
    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void savepoint(Object savepoint) {
      outcome.savepoint(savepoint);
    }

    @Override
    public void savepointRollback(Object savepoint) {
      outcome.rolledBackTo(savepoint);
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
      outcome.ended(status == STATUS_COMMITTED);
    }
  }
}
