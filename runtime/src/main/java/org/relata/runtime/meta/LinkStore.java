package org.relata.runtime.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The storage behind a tracked relationship collection: the elements in order, an identity index
 * for constant-time membership, and what the database holds, so that a flush can write the
 * difference.
 *
 * <p>Membership is by identity, as a session's identity map gives one instance per row; an element
 * occurs at most once, as a row is linked at most once. Most collections stay small, so the index
 * is built only once there are more than {@value #INDEX_THRESHOLD} elements; below that, a scan of
 * the list is as fast and allocates nothing.
 *
 * <p>While the collection is unloaded, {@link #items} holds only links made in memory since, and
 * {@link #pendingRemoved} the links removed; {@link #fillLoaded} merges them with the rows once
 * they arrive, as SQLAlchemy does with pending collection changes.
 */
final class LinkStore<T> {
  /**
   * Up to this many elements a scan wins: it compares references in one array, while the index has
   * to compute (and, for a new object, install) each element's identity hash and allocate its
   * table, which a collection of objects linked once never earns back.
   */
  static final int INDEX_THRESHOLD = 32;

  final ArrayList<T> items = new ArrayList<>();

  /** The elements of {@link #items}, for constant-time membership; null while there are few. */
  private IdentityHashMap<T, Boolean> index;

  private boolean loaded = true;

  /**
   * While unloaded: links removed that the database may hold, each with a sequence number that
   * keeps {@link #removed()} in the order of removal; null when there are none.
   */
  private IdentityHashMap<T, Integer> pendingRemoved;

  private int pendingSequence;

  /** The elements as the database holds them, in its order; null means none. */
  private ArrayList<T> cleanItems;

  /**
   * {@link #cleanItems} by identity, built only when a large clean state is searched (see {@link
   * #isClean}); null otherwise. Every change to cleanItems drops or updates it.
   */
  private IdentityHashMap<T, Boolean> cleanIndex;

  /**
   * Elements linked and unlinked again since the last clean point: they never reached the database.
   */
  private IdentityLog<T> discarded;

  int size() {
    return items.size();
  }

  boolean contains(Object o) {
    if (index != null) {
      return index.containsKey(o);
    }
    // Forward, unlike scan(): an add tests an absent element, which visits every slot anyway, and
    // the JIT compiles this simple counted loop to about half the time of the two-ended one.
    for (int i = 0, n = items.size(); i < n; i++) {
      if (items.get(i) == o) {
        return true;
      }
    }
    return false;
  }

  /** The position of {@code o}, found by a scan; constant time when it is absent and indexed. */
  int indexOf(Object o) {
    if (index != null && !index.containsKey(o)) {
      return -1;
    }
    return scan(o);
  }

  /**
   * Scans from both ends at once: elements are unique, and removals one by one tend to come from
   * one end or the other (in iteration order, or undoing the latest adds), which then cost O(1)
   * each instead of O(n).
   */
  private int scan(Object o) {
    for (int i = 0, j = items.size() - 1; i <= j; i++, j--) {
      if (items.get(i) == o) {
        return i;
      }
      if (items.get(j) == o) {
        return j;
      }
    }
    return -1;
  }

  /** Builds the index once the list has outgrown a scan. */
  private void indexIfLarge() {
    if (index == null && items.size() > INDEX_THRESHOLD) {
      index = new IdentityHashMap<>(items.size() * 2);
      for (T t : items) {
        index.put(t, Boolean.TRUE);
      }
    }
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
    if (cancelPendingRemoval(t)) {
      return true;
    }
    if (contains(t)) {
      return false;
    }
    insert(position, t);
    return true;
  }

  /**
   * {@link #add(int, Object)} for an element that the caller found absent just before preparing the
   * link. Preparing only loads scalars, so a loaded store is as it was and a second scan would only
   * double the cost of the common small add; an unloaded one may have been filled meanwhile and is
   * checked again.
   */
  void addPrepared(int position, T t) {
    if (!loaded) {
      add(position, t);
    } else if (!cancelPendingRemoval(t)) {
      insert(position, t);
    }
  }

  private void insert(int position, T t) {
    if (position == items.size()) {
      items.add(t);
    } else {
      items.add(position, t);
    }
    if (index != null) {
      index.put(t, Boolean.TRUE);
    } else {
      indexIfLarge();
    }
  }

  /**
   * Adds those of {@code candidates} not yet present, in their order, at {@code position}, without
   * mirroring; returns the ones that became linked. One insertion into the list, not one per
   * element, so that inserting many elements in front stays linear.
   */
  List<T> addAll(int position, List<T> candidates) {
    if (index == null && items.size() + candidates.size() > INDEX_THRESHOLD) {
      index = new IdentityHashMap<>((items.size() + candidates.size()) * 2);
      for (T t : items) {
        index.put(t, Boolean.TRUE);
      }
    }
    List<T> linked = new ArrayList<>(candidates.size());
    List<T> inserted = pendingRemoved == null ? linked : new ArrayList<>(candidates.size());
    for (T t : candidates) {
      if (cancelPendingRemoval(t)) {
        linked.add(t);
      } else if (index != null ? index.put(t, Boolean.TRUE) == null : isNew(t, inserted)) {
        linked.add(t);
        if (inserted != linked) {
          inserted.add(t);
        }
      }
    }
    items.addAll(position, inserted);
    return linked;
  }

  /**
   * Without an index, so with few elements: whether {@code t} is neither stored nor about to be.
   */
  private boolean isNew(T t, List<T> pending) {
    if (contains(t)) {
      return false;
    }
    for (T p : pending) {
      if (p == t) {
        return false;
      }
    }
    return true;
  }

  /**
   * Unloaded, and removed earlier: the removal only ever records a link that the database holds, so
   * linking again simply cancels it.
   */
  private boolean cancelPendingRemoval(T t) {
    return pendingRemoved != null && pendingRemoved.remove(t) != null;
  }

  T set(int position, T t) {
    T old = items.set(position, t);
    if (index != null) {
      index.remove(old);
      index.put(t, Boolean.TRUE);
    }
    notePendingRemoval(old);
    return old;
  }

  T remove(int position) {
    T old = items.remove(position);
    if (index != null) {
      index.remove(old);
    }
    notePendingRemoval(old);
    return old;
  }

  /** Removes without mirroring; false when absent. */
  boolean remove(Object o) {
    if (!loaded && !contains(o)) {
      // Unloaded: the element may be in the database; remember to drop it once it arrives.
      @SuppressWarnings("unchecked")
      T t = (T) o;
      recordPendingRemoval(t);
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
   * Removes every element of {@code gone} without mirroring, in one pass; true when the items
   * changed. Unloaded, the ones not in memory are recorded as pending removals.
   */
  boolean removeAll(Map<T, ?> gone) {
    if (!loaded) {
      for (T t : gone.keySet()) {
        if (!contains(t)) {
          recordPendingRemoval(t);
        }
      }
    }
    boolean changed = items.removeIf(gone::containsKey);
    if (changed) {
      for (T t : gone.keySet()) {
        if (index != null) {
          index.remove(t);
        }
        notePendingRemoval(t);
      }
    }
    return changed;
  }

  private void recordPendingRemoval(T t) {
    if (pendingRemoved == null) {
      pendingRemoved = new IdentityHashMap<>();
    }
    pendingRemoved.putIfAbsent(t, pendingSequence++);
  }

  /**
   * Notes that {@code t}, which was in {@link #items}, left an unloaded collection. Only a link
   * that is already in the database needs a DELETE; one made in memory since simply goes.
   */
  private void notePendingRemoval(T t) {
    if (!isClean(t)) {
      if (discarded == null) {
        discarded = new IdentityLog<>(Math.min(items.size() + 1, 16)); // room for the rest to leave
      }
      discarded.add(t);
    } else if (!loaded) {
      recordPendingRemoval(t);
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
      if (index != null) {
        index.remove(t);
      }
      notePendingRemoval(t);
    }
    return removed;
  }

  List<T> clear() {
    List<T> removed = new ArrayList<>(items);
    items.clear();
    index = null;
    for (T t : removed) {
      notePendingRemoval(t);
    }
    return removed;
  }

  /**
   * How a bulk operation tests membership in {@code c}: directly when that is cheap, else through a
   * hash set, so that {@code removeAll(list)} is linear rather than quadratic.
   */
  static Predicate<Object> membership(Collection<?> c) {
    if (c instanceof Set<?> || c instanceof RelationCollection<?> || c.size() <= 8) {
      return c::contains;
    }
    return new HashSet<Object>(c)::contains;
  }

  // ---- loading and flushing ----

  /**
   * Installs the rows that a session read, then replays the changes made in memory since the last
   * clean point: links removed leave the rows, links made join them. The rows become the clean
   * state.
   */
  void fillLoaded(Collection<? extends T> rows) {
    List<T> madeSince = added();
    Map<T, ?> removedSince = loaded ? removedSet() : pendingRemoved;
    items.clear();
    index = null;
    cleanItems = null;
    cleanIndex = null;
    if (!rows.isEmpty()) {
      // A joined load repeats rows; a few are told apart by a scan, more by an identity table.
      IdentityHashMap<T, Boolean> seen =
          rows.size() > INDEX_THRESHOLD ? new IdentityHashMap<>(rows.size()) : null;
      cleanItems = new ArrayList<>(rows.size());
      for (T row : rows) {
        if (seen != null ? seen.put(row, Boolean.TRUE) == null : !isClean(row)) {
          cleanItems.add(row);
          if (removedSince == null || !removedSince.containsKey(row)) {
            items.add(row);
          }
        }
      }
      if (seen != null && cleanItems.size() > INDEX_THRESHOLD) {
        cleanIndex = seen;
      }
      if (discarded != null) {
        discarded.removeKeys(cleanIndexOfAnySize()); // in the database after all
      }
    }
    // The rows are distinct; a link made since may be among them, or repeat another such link.
    indexIfLarge();
    for (T t : madeSince) {
      if (!contains(t)) {
        items.add(t);
        if (index != null) {
          index.put(t, Boolean.TRUE);
        } else {
          indexIfLarge();
        }
      }
    }
    pendingRemoved = null;
    loaded = true;
  }

  /** Elements linked since the last clean point, in collection order. */
  List<T> added() {
    if (cleanItems == null || cleanItems.isEmpty()) {
      return new ArrayList<>(items);
    }
    List<T> added = new ArrayList<>();
    for (T t : items) {
      if (!isClean(t)) {
        added.add(t);
      }
    }
    return added;
  }

  /**
   * Elements unlinked since the last clean point: in the database's order, or else in the order of
   * removal.
   */
  List<T> removed() {
    if (!loaded) {
      if (pendingRemoved == null || pendingRemoved.isEmpty()) {
        return List.of();
      }
      List<T> removed = new ArrayList<>(pendingRemoved.keySet());
      removed.sort((x, y) -> Integer.compare(pendingRemoved.get(x), pendingRemoved.get(y)));
      return removed;
    }
    if (cleanItems == null) {
      return List.of();
    }
    List<T> removed = new ArrayList<>();
    for (T t : cleanItems) {
      if (!contains(t)) {
        removed.add(t);
      }
    }
    return removed;
  }

  private Map<T, Boolean> removedSet() {
    IdentityHashMap<T, Boolean> removed = new IdentityHashMap<>();
    for (T t : removed()) {
      removed.put(t, Boolean.TRUE);
    }
    return removed;
  }

  /** Records that the database now holds exactly what memory holds. */
  void markClean() {
    // While unloaded, the items are links made in memory; once written they are clean too, and
    // the rows that load later will contain them.
    pendingRemoved = null;
    discarded = null;
    cleanIndex = null; // built again only if a large clean state is searched
    cleanItems = items.isEmpty() ? null : new ArrayList<>(items);
  }

  /**
   * Whether the database holds the link to {@code t}: a scan of a small clean state, as for {@link
   * #contains}, and a lookup in an identity table built on first use for a large one.
   */
  private boolean isClean(Object t) {
    if (cleanItems == null) {
      return false;
    }
    if (cleanItems.size() <= INDEX_THRESHOLD) {
      for (int i = 0, n = cleanItems.size(); i < n; i++) {
        if (cleanItems.get(i) == t) {
          return true;
        }
      }
      return false;
    }
    return cleanIndexOfAnySize().containsKey(t);
  }

  /** {@link #cleanIndex}, built now if need be, whatever the size of the clean state. */
  private IdentityHashMap<T, Boolean> cleanIndexOfAnySize() {
    if (cleanIndex == null) {
      List<T> elements = cleanItems == null ? List.of() : cleanItems;
      cleanIndex = new IdentityHashMap<>(Math.max(4, elements.size() * 2));
      for (T t : elements) {
        cleanIndex.put(t, Boolean.TRUE);
      }
    }
    return cleanIndex;
  }

  /** Elements linked and unlinked again since the last clean point, and not linked once more. */
  List<T> discarded() {
    if (discarded == null) {
      return List.of(); // every flush asks each collection; most discarded nothing
    }
    List<T> result = new ArrayList<>();
    for (T t : discarded.items()) {
      if (!contains(t)) { // checked here, so that no way of linking has to remember it
        result.add(t);
      }
    }
    return result;
  }

  /**
   * Undoes {@link #markClean} for the links that a rolled-back transaction had written: {@code
   * added} are no longer in the database, and {@code removed} are in it again.
   */
  void restoreDirty(Collection<? extends T> added, Collection<? extends T> removed) {
    if (cleanItems == null) {
      cleanItems = new ArrayList<>();
    }
    IdentityHashMap<T, Boolean> clean = cleanIndexOfAnySize();
    boolean dropped = false;
    for (T t : added) {
      dropped |= clean.remove(t) != null;
    }
    if (dropped) {
      cleanItems.removeIf(t -> !clean.containsKey(t));
    }
    for (T t : removed) {
      if (clean.put(t, Boolean.TRUE) == null) {
        cleanItems.add(t);
      }
      if (!loaded && !contains(t)) {
        recordPendingRemoval(t);
      }
    }
  }

  /** The clean state as the database holds it, in its order, read-only. */
  Collection<T> cleanElements() {
    return cleanItems == null ? List.of() : Collections.unmodifiableList(cleanItems);
  }
}
