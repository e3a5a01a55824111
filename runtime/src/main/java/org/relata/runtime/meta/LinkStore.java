package org.relata.runtime.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * The storage behind a tracked relationship collection: the elements in order, an identity index
 * for constant-time membership, and what the database holds, so that a flush can write the
 * difference.
 *
 * <p>Membership is by identity, as a session's identity map gives one instance per row; an
 * element occurs at most once, as a row is linked at most once.
 *
 * <p>While the collection is unloaded, {@link #items} holds only links made in memory since, and
 * {@link #pendingRemoved} the links removed; {@link #fillLoaded} merges them with the rows once
 * they arrive, as SQLAlchemy does with pending collection changes.
 */
final class LinkStore<T> {
  final ArrayList<T> items = new ArrayList<>();
  private final IdentityHashMap<T, Boolean> index = new IdentityHashMap<>();
  private boolean loaded = true;
  private IdentityHashMap<T, Boolean> pendingRemoved;
  /** The elements as the database holds them; null means none. */
  private IdentityHashMap<T, Boolean> clean;
  /** Elements linked and unlinked again since the last clean point: they never reached the database. */
  private IdentityHashMap<T, Boolean> discarded;

  int size() {
    return items.size();
  }

  boolean contains(Object o) {
    return index.containsKey(o);
  }

  int indexOf(Object o) {
    if (!index.containsKey(o)) {
      return -1;
    }
    for (int i = 0, n = items.size(); i < n; i++) {
      if (items.get(i) == o) {
        return i;
      }
    }
    return -1;
  }

  boolean isLoaded() {
    return loaded;
  }

  void markUnloaded() {
    loaded = false;
  }

  /** Adds without mirroring; false when already present. */
  boolean add(T t) {
    return add(items.size(), t);
  }

  boolean add(int position, T t) {
    if (discarded != null) {
      discarded.remove(t);
    }
    if (pendingRemoved != null && pendingRemoved.remove(t) != null) {
      // Unloaded, and removed earlier: the removal only ever records a link that the database
      // holds, so linking again simply cancels it.
      return true;
    }
    if (index.put(t, Boolean.TRUE) != null) {
      return false;
    }
    items.add(position, t);
    return true;
  }

  T set(int position, T t) {
    T old = items.set(position, t);
    index.remove(old);
    index.put(t, Boolean.TRUE);
    notePendingRemoval(old);
    return old;
  }

  T remove(int position) {
    T old = items.remove(position);
    index.remove(old);
    notePendingRemoval(old);
    return old;
  }

  /** Removes without mirroring; false when absent. */
  boolean remove(Object o) {
    if (!loaded && !index.containsKey(o)) {
      // Unloaded: the element may be in the database; remember to drop it once it arrives.
      @SuppressWarnings("unchecked")
      T t = (T) o;
      if (pendingRemoved == null) {
        pendingRemoved = new IdentityHashMap<>();
      }
      pendingRemoved.put(t, Boolean.TRUE);
      return false;
    }
    int i = indexOf(o);
    if (i < 0) {
      return false;
    }
    remove(i);
    return true;
  }

  /**
   * Notes that {@code t}, which was in {@link #items}, left the collection. Only a link that is
   * already in the database needs a DELETE (recorded here while unloaded, found by {@link
   * #removed} once loaded); one made in memory since is discarded.
   */
  private void notePendingRemoval(T t) {
    if (clean == null || !clean.containsKey(t)) {
      if (discarded == null) {
        discarded = new IdentityHashMap<>();
      }
      discarded.put(t, Boolean.TRUE);
    } else if (!loaded) {
      if (pendingRemoved == null) {
        pendingRemoved = new IdentityHashMap<>();
      }
      pendingRemoved.put(t, Boolean.TRUE);
    }
  }

  /** Removes every element matching {@code filter}; returns them in their former order. */
  List<T> removeIf(Predicate<? super T> filter) {
    List<T> removed = new ArrayList<>();
    items.removeIf(
        t -> {
          if (filter.test(t)) {
            removed.add(t);
            return true;
          }
          return false;
        });
    for (T t : removed) {
      index.remove(t);
      notePendingRemoval(t);
    }
    return removed;
  }

  List<T> clear() {
    List<T> removed = new ArrayList<>(items);
    items.clear();
    index.clear();
    for (T t : removed) {
      notePendingRemoval(t);
    }
    return removed;
  }

  // ---- loading and flushing ----

  /**
   * Installs the rows that a session read, then replays the changes made while unloaded. The
   * rows become the clean state.
   */
  void fillLoaded(Collection<? extends T> rows) {
    List<T> pendingAdded = new ArrayList<>(items);
    IdentityHashMap<T, Boolean> removed = pendingRemoved;
    items.clear();
    index.clear();
    clean = new IdentityHashMap<>(Math.max(4, rows.size() * 2));
    for (T row : rows) {
      clean.put(row, Boolean.TRUE);
      if (discarded != null) {
        discarded.remove(row);
      }
      if ((removed == null || !removed.containsKey(row)) && index.put(row, Boolean.TRUE) == null) {
        items.add(row);
      }
    }
    for (T t : pendingAdded) {
      if (index.put(t, Boolean.TRUE) == null) {
        items.add(t);
      }
    }
    pendingRemoved = null;
    loaded = true;
  }

  /** Elements linked since the last clean point, in collection order. */
  List<T> added() {
    if (clean == null || clean.isEmpty()) {
      return new ArrayList<>(items);
    }
    List<T> added = new ArrayList<>();
    for (T t : items) {
      if (!clean.containsKey(t)) {
        added.add(t);
      }
    }
    return added;
  }

  /** Elements unlinked since the last clean point. */
  List<T> removed() {
    if (!loaded) {
      return pendingRemoved == null ? List.of() : new ArrayList<>(pendingRemoved.keySet());
    }
    if (clean == null) {
      return List.of();
    }
    List<T> removed = new ArrayList<>();
    for (T t : clean.keySet()) {
      if (!index.containsKey(t)) {
        removed.add(t);
      }
    }
    return removed;
  }

  /** Records that the database now holds exactly what memory holds. */
  void markClean() {
    // While unloaded, the items are links made in memory; once written they are clean too, and
    // the rows that load later will contain them.
    pendingRemoved = null;
    discarded = null;
    clean = new IdentityHashMap<>(Math.max(4, items.size() * 2));
    for (T t : items) {
      clean.put(t, Boolean.TRUE);
    }
  }

  /** Elements linked and unlinked again since the last clean point. */
  List<T> discarded() {
    return discarded == null ? List.of() : new ArrayList<>(discarded.keySet());
  }

  /**
   * Undoes {@link #markClean} for the links that a rolled-back transaction had written: {@code
   * added} are no longer in the database, and {@code removed} are in it again.
   */
  void restoreDirty(Collection<? extends T> added, Collection<? extends T> removed) {
    if (clean == null) {
      clean = new IdentityHashMap<>();
    }
    for (T t : added) {
      clean.remove(t);
    }
    for (T t : removed) {
      clean.put(t, Boolean.TRUE);
      if (!loaded && !index.containsKey(t)) {
        if (pendingRemoved == null) {
          pendingRemoved = new IdentityHashMap<>();
        }
        pendingRemoved.put(t, Boolean.TRUE);
      }
    }
  }

  /** The clean state as the database holds it, read-only. */
  Collection<T> cleanElements() {
    return clean == null ? List.of() : Collections.unmodifiableSet(clean.keySet());
  }
}
