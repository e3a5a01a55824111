package org.relata.runtime.meta;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A view of a range of a {@link RelationList}. Every change goes through the list, so it mirrors;
 * the view then moves its end by however much the list grew or shrank, which stays right even when
 * an insert skips repeated elements. {@link #sort} reorders the range and links nothing.
 */
final class RelationSubList<T> extends AbstractList<T> implements RandomAccess {
  private final RelationList<T> root;

  /** The view this one was taken from, whose size changes with it; null under the list itself. */
  private final RelationSubList<T> parent;

  private final int offset;
  private int size;

  RelationSubList(RelationList<T> root, int from, int to) {
    this.root = root;
    this.parent = null;
    this.offset = from;
    this.size = to - from;
    this.modCount = root.modCount();
  }

  private RelationSubList(RelationSubList<T> parent, int from, int to) {
    this.root = parent.root;
    this.parent = parent;
    this.offset = parent.offset + from;
    this.size = to - from;
    this.modCount = root.modCount();
  }

  @Override
  public T get(int index) {
    Objects.checkIndex(index, size);
    checkForComodification();
    return root.get(offset + index);
  }

  @Override
  public int size() {
    checkForComodification();
    return size;
  }

  @Override
  public T set(int index, T t) {
    Objects.checkIndex(index, size);
    checkForComodification();
    return root.set(offset + index, t);
  }

  @Override
  public void add(int index, T t) {
    checkPosition(index);
    checkForComodification();
    int before = root.size();
    root.add(offset + index, t);
    resized(root.size() - before);
  }

  @Override
  public T remove(int index) {
    Objects.checkIndex(index, size);
    checkForComodification();
    int before = root.size();
    T removed = root.remove(offset + index);
    resized(root.size() - before);
    return removed;
  }

  @Override
  public boolean addAll(Collection<? extends T> c) {
    return addAll(size, c);
  }

  @Override
  public boolean addAll(int index, Collection<? extends T> c) {
    checkPosition(index);
    checkForComodification();
    int before = root.size();
    root.addAll(offset + index, c);
    int grown = root.size() - before;
    resized(grown);
    return grown > 0;
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    checkForComodification();
    int before = root.size();
    root.removeRange(offset + fromIndex, offset + toIndex);
    resized(root.size() - before);
  }

  /** Reorders this range of the list; no link changes, so nothing mirrors. */
  @Override
  public void sort(Comparator<? super T> c) {
    checkForComodification();
    root.sortRange(offset, offset + size, c);
    resized(0);
  }

  @Override
  public List<T> subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    return new RelationSubList<>(this, fromIndex, toIndex);
  }

  private void checkPosition(int index) {
    if (index < 0 || index > size) {
      throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }
  }

  private void checkForComodification() {
    if (root.modCount() != modCount) {
      throw new ConcurrentModificationException();
    }
  }

  /** After a change made through this view: it and the views it was taken from follow the list. */
  private void resized(int delta) {
    for (RelationSubList<T> s = this; s != null; s = s.parent) {
      s.size += delta;
      s.modCount = root.modCount();
    }
  }
}
