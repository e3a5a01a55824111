package org.relata.runtime.meta;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The live {@code List} of a relationship: each element at most once, compared by identity, and
 * every change mirrored onto the reverse side.
 *
 * <p>It extends {@link AbstractList}, so its iterators and list iterators route every change
 * through {@link #add(int, Object)}, {@link #set} and {@link #remove(int)}, which mirror; its
 * sub-lists route theirs through this list too. Adding an object that is already present is a no-op
 * for {@link #add(Object)} and an {@link IllegalArgumentException} for positional inserts and
 * {@link #set}, which cannot keep their contract otherwise; nothing changes in either case. For the
 * same reason, algorithms that swap through {@code set}, such as {@code Collections.reverse}, are
 * refused; {@link #sort} reorders. {@code null} and objects of another type are rejected the same
 * way.
 */
public final class RelationList<T> extends AbstractList<T>
    implements RelationCollection<T>, RandomAccess {
  final LinkStore<T> store = new LinkStore<>();
  private final CollectionRelationship<Object, T> relationship;
  private final Object owner;

  @SuppressWarnings("unchecked")
  RelationList(CollectionRelationship<?, T> relationship, Object owner) {
    this.relationship = (CollectionRelationship<Object, T>) relationship;
    this.owner = owner;
  }

  @Override
  public T get(int index) {
    return store.items.get(index);
  }

  @Override
  public int size() {
    return store.size();
  }

  @Override
  public boolean contains(Object o) {
    return store.contains(o);
  }

  @Override
  public int indexOf(Object o) {
    return store.indexOf(o);
  }

  @Override
  public int lastIndexOf(Object o) {
    return store.indexOf(o);
  }

  @Override
  public boolean add(T t) {
    requireElement(t);
    if (store.contains(t)) {
      return false;
    }
    relationship.link(owner, t, this, store, store.size());
    return true;
  }

  @Override
  public void add(int index, T t) {
    requireElement(t);
    if (store.contains(t)) {
      throw new IllegalArgumentException(
          t + " is already in " + relationship + "; a relationship holds each object once");
    }
    if (index < 0 || index > store.size()) {
      throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + store.size());
    }
    relationship.link(owner, t, this, store, index);
  }

  @Override
  public T set(int index, T t) {
    requireElement(t);
    T old = store.items.get(index);
    if (old == t) {
      return old;
    }
    if (store.contains(t)) {
      throw new IllegalArgumentException(
          t
              + " is already in "
              + relationship
              + " at index "
              + store.indexOf(t)
              + "; remove it first, or reorder with sort()");
    }
    relationship.prepareUnlink(old);
    relationship.prepareLink(t);
    store.set(index, t);
    relationship.mirrorUnlinked(owner, old);
    relationship.mirrorLinked(owner, t);
    return old;
  }

  @Override
  public T remove(int index) {
    return relationship.unlinkAt(owner, this, store, index);
  }

  @Override
  public boolean remove(Object o) {
    int i = store.indexOf(o);
    if (i < 0) {
      return false;
    }
    relationship.unlinkAt(owner, this, store, i);
    return true;
  }

  @Override
  public boolean addAll(Collection<? extends T> c) {
    return insertAll(store.size(), checkedCopy(c));
  }

  /**
   * Inserts the elements of {@code c} at {@code index}, all or nothing: each must be new to this
   * list, as for {@link #add(int, Object)}; an element repeated within {@code c} is inserted once.
   */
  @Override
  public boolean addAll(int index, Collection<? extends T> c) {
    List<T> copy = checkedCopy(c);
    if (index < 0 || index > store.size()) {
      throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + store.size());
    }
    for (T t : copy) {
      if (store.contains(t)) {
        throw new IllegalArgumentException(
            t + " is already in " + relationship + "; a relationship holds each object once");
      }
    }
    return insertAll(index, copy);
  }

  /** Links the new elements of {@code copy} at {@code index}, then mirrors them in one batch. */
  private boolean insertAll(int index, List<T> copy) {
    relationship.prepareLinks(store, copy);
    List<T> added = store.addAll(index, copy);
    if (added.isEmpty()) {
      return false;
    }
    modCount++;
    relationship.mirrorLinkedAll(owner, added);
    return true;
  }

  @Override
  public boolean removeIf(Predicate<? super T> filter) {
    List<T> removed = store.removeIf(relationship.preparingUnlink(filter));
    if (removed.isEmpty()) {
      return false;
    }
    modCount++;
    for (T t : removed) {
      relationship.mirrorUnlinked(owner, t);
    }
    return true;
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    return removeIf(LinkStore.membership(c));
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    return removeIf(LinkStore.membership(c).negate());
  }

  @Override
  public void clear() {
    relationship.prepareUnlinks(store.items);
    List<T> removed = store.clear();
    modCount++;
    for (T t : removed) {
      relationship.mirrorUnlinked(owner, t);
    }
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    IdentityHashMap<T, Boolean> range = new IdentityHashMap<>();
    for (T t : store.items.subList(fromIndex, toIndex)) {
      range.put(t, Boolean.TRUE);
    }
    removeIf(range::containsKey);
  }

  /**
   * A view whose changes go through this list, so they mirror; unlike {@link AbstractList}'s view,
   * it stays in step when an insert skips repeated elements, and it can {@link List#sort sort} its
   * range.
   */
  @Override
  public List<T> subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, store.size());
    return new RelationSubList<>(this, fromIndex, toIndex);
  }

  /** Reorders the elements; no link changes, so nothing mirrors. */
  @Override
  public void sort(Comparator<? super T> c) {
    sortRange(0, store.size(), c);
  }

  /**
   * Sorts the elements in {@code [from, to)}. The sort runs on a copy, which is written back only
   * once it has finished: a comparator that throws part way leaves the list as it was.
   */
  void sortRange(int from, int to, Comparator<? super T> c) {
    List<T> range = store.items.subList(from, to);
    @SuppressWarnings("unchecked")
    T[] sorted = (T[]) range.toArray();
    Arrays.sort(sorted, c);
    for (int i = 0; i < sorted.length; i++) {
      range.set(i, sorted[i]);
    }
    modCount++;
  }

  // ---- RelationCollection ----

  @Override
  public Object owner() {
    return owner;
  }

  @Override
  public Relationship<?, T> relationship() {
    return relationship;
  }

  void changed() {
    modCount++;
  }

  int modCount() {
    return modCount;
  }

  private void requireElement(T t) {
    relationship.checkElement(t);
  }

  private List<T> checkedCopy(Collection<? extends T> c) {
    // Copy first: c may be another owner's live collection that the adds below steal from.
    List<T> copy = new ArrayList<>(c);
    for (T t : copy) {
      requireElement(t);
    }
    return copy;
  }
}
