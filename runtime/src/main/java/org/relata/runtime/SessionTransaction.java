package org.relata.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.TransactionProvider;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultTransactionProvider;

/**
 * A session's stretch of a transaction, begun, committed and rolled back through the DSLContext's
 * jOOQ {@link TransactionProvider}: inside a transaction that surrounds the session it nests (as a
 * savepoint, with jOOQ's and Spring's providers), and with none it is a transaction of its own. A
 * stretch begins when the session first needs the database after it opened or committed, and ends
 * at the next commit or close; each flush nests once more inside it.
 *
 * <p>The session never ends what it did not begin: it commits and rolls back only the contexts it
 * handed to the provider's {@code begin}.
 */
final class SessionTransaction {
  /**
   * The stretches open on this thread, oldest first. On one connection they are savepoints, which
   * only nest: ending one ends every later one with it.
   */
  private static final ThreadLocal<List<Stretch>> OPEN = new ThreadLocal<>();

  private final Configuration base;
  private final TransactionProvider provider;
  private final OuterTransactions outers;
  private Stretch stretch;

  /**
   * The journals of the flushes of the current stretch: a rollback makes their changes pending
   * again.
   */
  private final List<Journal> uncommitted = new ArrayList<>();

  /** Why the connection is gone, once it is; the session can then only be closed. */
  private ConnectionLostException lost;

  /** One stretch: the context the provider began, and the DSLContext on its connection. */
  private record Stretch(
      TransactionScope scope, DSLContext dsl, OuterTransactions.Outer outer, Object connection) {}

  SessionTransaction(Configuration base) {
    this.base = base;
    this.provider = base.transactionProvider();
    if (provider instanceof DefaultTransactionProvider jooq && !jooq.nested()) {
      throw new RelataException(
          "The DSLContext's DefaultTransactionProvider has nested transactions turned off, so a"
              + " session could not undo a failed flush alone; create it with"
              + " new DefaultTransactionProvider(connectionProvider, true)");
    }
    this.outers = base.data(OuterTransactions.KEY) instanceof OuterTransactions o ? o : null;
  }

  /** The DSLContext of the current stretch, which begins now if none is open. */
  DSLContext dsl() {
    return current().dsl;
  }

  ConnectionLostException lost() {
    return lost;
  }

  private Stretch current() {
    if (stretch == null) {
      stretch = begin();
    }
    return stretch;
  }

  private Stretch begin() {
    Configuration configuration = base.derive();
    Listener listener = new Listener();
    OuterTransactions.Outer outer = outers == null ? null : outers.enter(configuration, listener);
    TransactionScope scope = new TransactionScope(configuration);
    try {
      provider.begin(scope);
    } catch (RuntimeException e) {
      throw new RelataException("Could not begin the session's transaction: " + e.getMessage(), e);
    }
    Stretch s = new Stretch(scope, DSL.using(configuration), outer, physical(configuration));
    listener.stretch = s;
    List<Stretch> open = OPEN.get();
    if (open == null) {
      open = new ArrayList<>(2);
      OPEN.set(open);
    }
    open.add(s);
    return s;
  }

  /**
   * What identifies the connection of a stretch: the driver's own connection behind whatever
   * wrappers the connection provider hands out.
   */
  private static Object physical(Configuration configuration) {
    ConnectionProvider connections = configuration.connectionProvider();
    Connection c = connections.acquire();
    try {
      return c.getMetaData().getConnection();
    } catch (SQLException e) {
      return c;
    } finally {
      connections.release(c);
    }
  }

  // ---- a flush's own nested transaction ----

  /** Begins a flush's nested transaction inside the stretch. */
  TransactionScope beginFlush() {
    TransactionScope part = new TransactionScope(current().scope.configuration().derive());
    provider.begin(part);
    return part;
  }

  void commitFlush(TransactionScope part) {
    provider.commit(part);
  }

  void rollBackFlush(TransactionScope part) {
    provider.rollback(part);
  }

  /** A flush succeeded; its journal is kept until the stretch ends. */
  void flushed(Journal journal) {
    uncommitted.add(journal);
  }

  // ---- the stretch's end ----

  /**
   * Commits the stretch. With no transaction around the session, that is the commit; inside one,
   * the writes become the surrounding transaction's, whose outcome then decides.
   */
  void commit() {
    Stretch s = stretch;
    if (s == null) {
      return; // nothing began since the last commit
    }
    requireInnermost(s, "commit");
    try {
      provider.commit(s.scope);
    } catch (RuntimeException e) {
      throw commitFailed(s, e);
    }
    end(s);
    if (s.outer == null || uncommitted.isEmpty()) {
      uncommitted.clear();
      return;
    }
    List<Journal> handed = new ArrayList<>(uncommitted);
    uncommitted.clear();
    s.outer.handOver(() -> undo(handed));
  }

  private RelataException commitFailed(Stretch s, RuntimeException e) {
    SQLException sql = sqlException(e);
    Exception cause = sql == null ? e : sql;
    ConnectionLostException lostNow = rollBack(s, e, true);
    if (lostNow != null) {
      return lostNow;
    }
    String message =
        "Commit failed and the session's transaction was rolled back; every change since the last"
            + " commit is pending again: "
            + cause.getMessage();
    String conflict = sql == null ? null : Failures.conflict(sql.getSQLState());
    return conflict == null
        ? new FlushException(message, e)
        : new ConflictException(null, message + " (" + conflict + ")", e);
  }

  /**
   * The stretch is gone, or cannot go back to where a flush started: roll it back whole and make
   * every change since the last commit pending again.
   */
  RelataException rolledBackWhole(String what, Exception cause) {
    Stretch s = stretch;
    ConnectionLostException lostNow = s == null ? null : rollBack(s, cause, false);
    if (s == null) {
      undo(uncommitted);
    }
    if (lostNow != null) {
      return lostNow;
    }
    return new FlushException(
        what
            + ", and the session's transaction was rolled back; every change since the last commit"
            + " is pending again: "
            + cause.getMessage(),
        cause);
  }

  /** Rolls back; returns the exception to throw when the connection turns out to be broken. */
  private ConnectionLostException rollBack(Stretch s, Exception cause, boolean atCommit) {
    boolean alive = true;
    try {
      provider.rollback(s.scope);
    } catch (RuntimeException rollback) {
      cause.addSuppressed(rollback);
      // A provider that already rolled back on the failed commit may refuse to do it twice; only
      // a failure of the database itself says that the connection broke.
      alive = sqlException(rollback) == null;
    }
    end(s);
    undo(uncommitted);
    if (alive) {
      return null;
    }
    lost =
        new ConnectionLostException(
            "The connection broke, so the database rolled back the session's transaction. Every"
                + " change since the last commit is pending again in memory; close this session and"
                + " redo the work in a new one"
                + (atCommit
                    ? ". (The connection broke at the COMMIT itself: should the database have received"
                        + " it, the transaction is committed; check before redoing it.) "
                    : ": ")
                + cause.getMessage(),
            cause);
    return lost;
  }

  /** Throws, before anything changes, when the session cannot end its stretch now. */
  void requireEndable(String operation) {
    if (stretch != null) {
      requireInnermost(stretch, operation);
    }
  }

  /** Rolls back what the current stretch wrote, and makes it pending again. */
  void close() {
    Stretch s = stretch;
    try {
      if (s != null) {
        provider.rollback(s.scope);
      }
    } catch (RuntimeException e) {
      throw new RelataException("Could not roll back on close: " + e.getMessage(), e);
    } finally {
      if (s != null) {
        end(s);
      }
      undo(uncommitted);
    }
  }

  /**
   * What the surrounding transaction does while a stretch is open: a rollback to a savepoint taken
   * inside the stretch undoes the flushes after it; one to a savepoint taken before the stretch, or
   * the end of the surrounding transaction, takes the whole stretch with it, and the provider has
   * nothing left to end.
   */
  private final class Listener implements OuterTransactions.Listener {
    /** Null while the stretch begins. */
    Stretch stretch;

    /** How many flushes the stretch had kept when each savepoint inside it was taken. */
    private final Map<Object, Integer> marks = new IdentityHashMap<>();

    private boolean open() {
      return stretch == null || SessionTransaction.this.stretch == stretch;
    }

    @Override
    public void savepoint(Object savepoint) {
      if (open()) {
        marks.put(savepoint, uncommitted.size());
      }
    }

    @Override
    public void rolledBackTo(Object savepoint) {
      if (!open()) {
        return;
      }
      Integer mark = marks.get(savepoint);
      if (mark == null) {
        end(stretch);
        undo(uncommitted);
        return;
      }
      List<Journal> after = uncommitted.subList(mark, uncommitted.size());
      undo(after);
    }

    @Override
    public void ended(boolean committed) {
      if (stretch == null || !open()) {
        return; // that stretch ended before; what it handed over is the outer transaction's
      }
      end(stretch);
      if (committed) {
        uncommitted.clear();
      } else {
        undo(uncommitted);
      }
    }
  }

  private void requireInnermost(Stretch s, String operation) {
    List<Stretch> open = OPEN.get();
    for (int i = open == null ? -1 : open.size() - 1; i >= 0 && open.get(i) != s; i--) {
      if (open.get(i).connection == s.connection) {
        throw new RelataException(
            "Cannot "
                + operation
                + " this session: another session began its part of the same transaction after"
                + " this one and is still in it, and ending this part would end that one too."
                + " Sessions that share a transaction nest like blocks: commit or close the later"
                + " session first");
      }
    }
  }

  private void end(Stretch s) {
    if (stretch == s) {
      stretch = null;
    }
    List<Stretch> open = OPEN.get();
    if (open != null) {
      open.remove(s);
      if (open.isEmpty()) {
        OPEN.remove();
      }
    }
  }

  private static void undo(List<Journal> journals) {
    for (int i = journals.size() - 1; i >= 0; i--) {
      journals.get(i).undo();
    }
    journals.clear();
  }

  private static SQLException sqlException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
