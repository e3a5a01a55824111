package org.relata.runtime;

import org.jooq.Configuration;

/**
 * What a session cannot learn through jOOQ's {@code TransactionProvider}: whether a transaction
 * surrounds it, and how the parts of that transaction that hold the session's committed writes end.
 * An integration puts one into the {@code DSLContext}'s configuration data under {@link #KEY};
 * relata-spring does so for Spring's transactions.
 *
 * <p>Without one, a session counts its {@link Session#commit} as final: should a surrounding
 * transaction roll back afterwards, the objects keep what that commit gave them (generated ids, a
 * persistent state) although the database dropped it.
 */
public interface OuterTransactions {
  /** The key in {@code Configuration.data()} under which a session looks for the instance. */
  String KEY = "org.relata.runtime.OuterTransactions";

  /**
   * Called as a session begins its stretch of a transaction on {@code configuration}, before it
   * begins through the transaction provider; {@code listener} is then told what happens to the
   * surrounding transaction until it ends.
   *
   * @return the transaction that surrounds the session, or null when none does (then the session's
   *     transaction is its own, and its commits are final)
   */
  Outer enter(Configuration configuration, Listener listener);

  /** A transaction that surrounds a session. */
  interface Outer {
    /**
     * The session committed writes into this transaction. Should the part of the transaction that
     * holds them roll back (the whole of it, or a savepoint taken before), run {@code undo}; undos
     * run newest first, after the listeners were told.
     */
    void handOver(Runnable undo);
  }

  /** What a session is told about the transaction that surrounds it. */
  interface Listener {
    /** A savepoint was taken, the session's own included; the token identifies it. */
    void savepoint(Object savepoint);

    /** The transaction went back to {@code savepoint}: what was written after it is gone. */
    void rolledBackTo(Object savepoint);

    /** The transaction ended. */
    void ended(boolean committed);
  }
}
