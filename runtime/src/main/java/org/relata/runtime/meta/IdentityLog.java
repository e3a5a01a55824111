package org.relata.runtime.meta;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An insertion-ordered set compared by identity that is cheap to add to: an add only appends to an
 * array, and repeats are dropped when the log has doubled since it was last compacted, or when it
 * is read.
 *
 * <p>{@link LinkStore} notes here every element that leaves a collection, which is often, and reads
 * it rarely (at a flush, for a DELETE_ORPHAN side). Hashing each element as it arrives would
 * compute its identity hash, which for an object never hashed before means writing its header; in a
 * profile of removals that alone cost more than the rest of the removal.
 */
final class IdentityLog<T> {
  /** Compaction hashes every entry; below this many a log is never compacted before it is read. */
  private static final int FIRST_COMPACTION = 16;

  private Object[] entries;
  private int size;
  private int compactAbove = FIRST_COMPACTION;

  /** An empty log with room for {@code expected} entries before it grows. */
  IdentityLog(int expected) {
    entries = new Object[Math.max(expected, 4)];
  }

  /** Adds {@code t}; a repeat is dropped later. */
  void add(T t) {
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size++] = t;
    if (size > compactAbove) {
      compact();
      // Doubling keeps the hashing amortised O(1) per add and the log within twice its distinct
      // size.
      compactAbove = Math.max(compactAbove, size * 2);
    }
  }

  /** Drops every element that is a key of {@code keys}. */
  void removeKeys(Map<?, ?> keys) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!keys.containsKey(entries[i])) {
        entries[kept++] = entries[i];
      }
    }
    Arrays.fill(entries, kept, size, null);
    size = kept;
  }

  /** The distinct elements in the order they were first added, as a fixed-size view. */
  @SuppressWarnings("unchecked")
  List<T> items() {
    compact();
    return (List<T>) Arrays.asList(entries).subList(0, size);
  }

  private void compact() {
    if (size > 1) {
      IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>(size);
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (seen.put(entries[i], Boolean.TRUE) == null) {
          entries[kept++] = entries[i];
        }
      }
      Arrays.fill(entries, kept, size, null);
      size = kept;
    }
  }
}
