package org.relata.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One surrounding transaction as the sessions inside it see it: their listeners, the writes they
 * handed over in order, and where each savepoint stood among those writes. An {@link
 * OuterTransactions} reports the transaction's savepoints and end to it, and it tells the sessions
 * and undoes what a rollback took with it.
 */
public final class TransactionOutcome implements OuterTransactions.Outer {
  private final List<OuterTransactions.Listener> listeners = new ArrayList<>();
  private final List<Runnable> handed = new ArrayList<>();
  private final Map<Object, Integer> marks = new IdentityHashMap<>();

  /** A session began its part inside this transaction. */
  public void add(OuterTransactions.Listener listener) {
    listeners.add(listener);
  }

  @Override
  public void handOver(Runnable undo) {
    handed.add(undo);
  }

  /** A savepoint was taken; {@code savepoint} identifies it. */
  public void savepoint(Object savepoint) {
    marks.put(savepoint, handed.size());
    for (int i = listeners.size() - 1; i >= 0; i--) {
      listeners.get(i).savepoint(savepoint);
    }
  }

  /** The transaction went back to {@code savepoint}, taking what was written after it. */
  public void rolledBackTo(Object savepoint) {
    Integer mark = marks.remove(savepoint);
    for (int i = listeners.size() - 1; i >= 0; i--) {
      listeners.get(i).rolledBackTo(savepoint);
    }
    // A savepoint taken before the first session came holds every handed-over write.
    undoFrom(mark == null ? 0 : mark);
  }

  /** The transaction ended; on a rollback, every handed-over write is undone, newest first. */
  public void ended(boolean committed) {
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
