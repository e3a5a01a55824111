package org.relata.spring;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.relata.runtime.Session;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out the session of the current Spring transaction: one per transaction, opened on first
 * use, flushed and committed into the transaction just before Spring commits it, and closed after
 * the transaction ended. Services (and repositories, which take it as their {@code
 * Supplier<Session>}) that run in one transaction share its session, and what it wrote commits or
 * rolls back with the transaction.
 *
 * <pre>{@code
 * @Transactional
 * public void rename(long id, String name) {
 *   sessions.current().get(User.class, id).name = name;   // written before Spring commits
 * }
 * }</pre>
 *
 * <p>A {@code REQUIRES_NEW} transaction has a session of its own; the suspended transaction's
 * session comes back when it resumes. Do not close the session yourself.
 */
public class TransactionSessions implements Supplier<Session> {
  private final DSLContext dsl;

  /**
   * @param dsl the DSLContext whose transaction provider is Spring's (as Spring Boot's jOOQ starter
   *     configures it)
   */
  public TransactionSessions(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The current transaction's session.
   *
   * @throws IllegalStateException when no Spring transaction is active on this thread
   */
  public Session current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "No Spring transaction is active on this thread, and the transaction's session lives as"
              + " long as one: call this inside @Transactional or a TransactionTemplate, or open a"
              + " session of your own with Session.open(dsl)");
    }
    Bound bound = (Bound) TransactionSynchronizationManager.getResource(this);
    if (bound == null) {
      bound = new Bound(Session.open(dsl));
      TransactionSynchronizationManager.bindResource(this, bound);
      TransactionSynchronizationManager.registerSynchronization(bound);
    }
    return bound.session;
  }

  /** The same as {@link #current}. */
  @Override
  public Session get() {
    return current();
  }

  /** A session bound to one transaction. */
  private final class Bound implements TransactionSynchronization {
    final Session session;

    Bound(Session session) {
      this.session = session;
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(TransactionSessions.this);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(TransactionSessions.this, this);
    }

    /** Writes what is pending; a failure here makes Spring roll the transaction back. */
    @Override
    public void beforeCommit(boolean readOnly) {
      if (session.isOpen()) {
        session.commit();
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(TransactionSessions.this);
      session.close();
    }
  }
}
