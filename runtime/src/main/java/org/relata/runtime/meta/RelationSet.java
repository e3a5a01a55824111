package org.relata.runtime.meta;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The live {@code Set} of a relationship: insertion-ordered, compared by identity, and every change
 * mirrored onto the reverse side. {@code null} is rejected and nothing changes.
 */
public final class RelationSet<T> extends AbstractSet<T> implements RelationCollection<T> {
  final LinkStore<T> store = new LinkStore<>();
  private final CollectionRelationship<Object, T> relationship;
  private final Object owner;
  private int modCount;

  @SuppressWarnings("unchecked")
  RelationSet(CollectionRelationship<?, T> relationship, Object owner) {
    this.relationship = (CollectionRelationship<Object, T>) relationship;
    this.owner = owner;
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
  public boolean add(T t) {
    requireElement(t);
    if (store.contains(t)) {
      return false;
    }
    relationship.link(owner, t, this, store, store.size());
    return true;
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
    // Copy first: c may be another owner's live collection that the adds below steal from.
    List<T> copy = new ArrayList<>(c);
    for (T t : copy) {
      requireElement(t);
    }
    relationship.prepareLinks(store, copy);
    List<T> added = store.addAll(store.size(), copy);
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
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private int cursor;
      private int lastReturned = -1;
      private int expectedModCount = modCount;

      @Override
      public boolean hasNext() {
        return cursor < store.size();
      }

      @Override
      public T next() {
        checkForComodification();
        if (cursor >= store.size()) {
          throw new NoSuchElementException();
        }
        lastReturned = cursor;
        return store.items.get(cursor++);
      }

      @Override
      public void remove() {
        if (lastReturned < 0) {
          throw new IllegalStateException();
        }
        checkForComodification();
        relationship.unlinkAt(owner, RelationSet.this, store, lastReturned);
        cursor = lastReturned;
        lastReturned = -1;
        expectedModCount = modCount;
      }

      private void checkForComodification() {
        if (modCount != expectedModCount) {
          throw new ConcurrentModificationException();
        }
      }
    };
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

  private void requireElement(T t) {
    relationship.checkElement(t);
  }
}
