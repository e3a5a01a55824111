package org.relata.runtime;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Detects a session used from two threads at once: each public entry point of a session enters the
 * guard, and a thread that finds another one inside fails before it changes anything. One
 * compare-and-set per call, none on the mirroring of relationships, which never enters a session.
 */
final class ThreadGuard {
  /** The thread inside a call of the session, or null between calls. */
  private final AtomicReference<Thread> inside = new AtomicReference<>();

  /**
   * Enters a call; returns whether this call must {@link #exit}, which is false for a call nested
   * in one of the same thread (a commit's flush, a query's lazy load).
   *
   * @throws ConcurrentSessionUseException when another thread is inside a call
   */
  boolean enter(String operation) {
    Thread me = Thread.currentThread();
    if (inside.get() == me) {
      return false;
    }
    if (inside.compareAndSet(null, me)) {
      return true;
    }
    Thread other = inside.get();
    throw new ConcurrentSessionUseException(
        "Thread \""
            + me.getName()
            + "\" tried to "
            + operation
            + " while thread \""
            + (other == null ? "(just finished)" : other.getName())
            + "\" was running a call of the same session. A session is not thread-safe: nothing"
            + " was done by this call; give each thread its own session");
  }

  /** Leaves a call that {@link #enter} entered. */
  void exit(boolean entered) {
    if (entered) {
      inside.set(null);
    }
  }
}
