package org.relata.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * What closed sessions knew about objects without relationships. An object with relationships
 * carries its state in the field its generated base class holds, so that it still knows it is
 * persistent once its session closes; a plain object has no such field, so its identity is kept
 * here, weakly, for as long as the application holds the object. Without it, adding a detached
 * plain object to a new session would insert its row a second time.
 */
final class DetachedPlainObjects {
  /** The part of a state that outlives its session; it holds no reference to the object. */
  record Known(EntityState.Status status, Object key, Object[] snapshot) {}

  private static final Map<Ref, Known> KNOWN = new HashMap<>();
  private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

  private DetachedPlainObjects() {}

  /** Remembers what a closing session knew about its plain object {@code s}. */
  static synchronized void remember(EntityState s) {
    expunge();
    if (s.isPending()) {
      KNOWN.remove(new Ref(s.entity, null));
      return;
    }
    Object[] snapshot = s.snapshot == null ? null : s.snapshot.clone();
    KNOWN.put(new Ref(s.entity, COLLECTED), new Known(s.status(), s.key, snapshot));
  }

  /** What a closed session last knew about {@code entity}, or null when it knew nothing. */
  static synchronized Known recall(Object entity) {
    expunge();
    return KNOWN.isEmpty() ? null : KNOWN.get(new Ref(entity, null));
  }

  private static void expunge() {
    for (Object r; (r = COLLECTED.poll()) != null; ) {
      KNOWN.remove(r);
    }
  }

  /** A weak reference that compares by the identity of its object. */
  private static final class Ref extends WeakReference<Object> {
    private final int hash;

    Ref(Object entity, ReferenceQueue<Object> queue) {
      super(entity, queue);
      this.hash = System.identityHashCode(entity);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      Object mine = get();
      return o instanceof Ref other && mine != null && mine == other.get();
    }
  }
}
