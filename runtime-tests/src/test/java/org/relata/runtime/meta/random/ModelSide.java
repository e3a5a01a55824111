package org.relata.runtime.meta.random;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A reference model of one side of a relationship, kept in plain lists, that the randomized tests
 * compare the live collections with after every step.
 *
 * <p>It states the documented semantics as directly as possible: each operation checks its
 * preconditions first, so that a rejected one changes nothing, and then edits plain lists. A scalar
 * side is a list of at most one element.
 */
final class ModelSide<O, T> {
  final String name;
  final boolean collection;

  /** The side this one mirrors onto, or null. */
  ModelSide<T, O> reverse;

  private final IdentityHashMap<O, List<T>> links = new IdentityHashMap<>();

  /** Storage that the application initialised before first access, adopted on first touch. */
  private final IdentityHashMap<O, Collection<T>> pendingAdoption = new IdentityHashMap<>();

  ModelSide(String name, boolean collection) {
    this.name = name;
    this.collection = collection;
  }

  /** Records that {@code owner}'s storage was initialised to {@code initial} by the application. */
  void initialised(O owner, Collection<T> initial) {
    pendingAdoption.put(owner, initial);
  }

  /** Starts {@code owner} with {@code links}, as loaded from the database. */
  void seed(O owner, List<T> links) {
    this.links.put(owner, new ArrayList<>(links));
  }

  /**
   * Takes the order of a collection that has just loaded, which the database decides; the elements
   * must be the same.
   */
  void loadedAs(O owner, List<T> live) {
    List<T> l = of(owner);
    boolean same = l.size() == live.size();
    for (T t : live) {
      same &= indexOf(l, t) >= 0;
    }
    if (!same) {
      throw new AssertionError(name + " of " + owner + " loaded as " + live + ", expected " + l);
    }
    l.clear();
    l.addAll(live);
  }

  /** The list of {@code owner}, touching it as the live code does: first access adopts. */
  List<T> of(O owner) {
    List<T> list = links.get(owner);
    if (list == null) {
      list = new ArrayList<>();
      links.put(owner, list);
      Collection<T> initial = pendingAdoption.remove(owner);
      if (initial != null) {
        addAll(owner, new ArrayList<>(initial));
      }
    }
    return list;
  }

  T scalar(O owner) {
    List<T> l = of(owner);
    return l.isEmpty() ? null : l.get(0);
  }

  // ---- raw operations, as the reverse side applies them; no mirroring ----

  O attachRawFromReverse(T target, O owner) {
    return reverse == null ? null : reverse.attachRaw(target, owner);
  }

  T attachRaw(O owner, T target) {
    List<T> l = of(owner);
    if (collection) {
      if (indexOf(l, target) < 0) {
        l.add(target);
      }
      return null;
    }
    T old = l.isEmpty() ? null : l.get(0);
    if (old == target) {
      return null;
    }
    l.clear();
    l.add(target);
    return old;
  }

  void detachRaw(O owner, T target) {
    List<T> l = of(owner);
    int i = indexOf(l, target);
    if (i >= 0) {
      l.remove(i);
    }
  }

  void mirrorLinked(O owner, T target) {
    if (reverse == null) {
      return;
    }
    O previous = reverse.attachRaw(target, owner);
    if (previous != null && previous != owner) {
      detachRaw(previous, target);
    }
  }

  /** Mirrors links just made to several targets: reverse sides first, then previous owners. */
  void mirrorLinkedAll(O owner, List<T> targets) {
    if (reverse == null) {
      return;
    }
    Map<O, List<T>> stolen = new LinkedHashMap<>();
    for (T t : targets) {
      O previous = reverse.attachRaw(t, owner);
      if (previous != null && previous != owner) {
        stolen.computeIfAbsent(previous, k -> new ArrayList<>()).add(t);
      }
    }
    stolen.forEach((previous, ts) -> ts.forEach(t -> detachRaw(previous, t)));
  }

  void mirrorUnlinked(O owner, T target) {
    if (reverse != null) {
      reverse.detachRaw(target, owner);
    }
  }

  // ---- the operations of the accessors and live collections ----

  void set(O owner, T target) {
    T old = scalar(owner);
    if (old == target) {
      return;
    }
    List<T> l = of(owner);
    l.clear();
    if (target != null) {
      l.add(target);
    }
    if (old != null) {
      mirrorUnlinked(owner, old);
    }
    if (target != null) {
      mirrorLinked(owner, target);
    }
  }

  boolean add(O owner, T t) {
    List<T> l = of(owner);
    Objects.requireNonNull(t);
    if (indexOf(l, t) >= 0) {
      return false;
    }
    l.add(t);
    mirrorLinked(owner, t);
    return true;
  }

  void add(O owner, int index, T t) {
    List<T> l = of(owner);
    Objects.requireNonNull(t);
    if (indexOf(l, t) >= 0) {
      throw new IllegalArgumentException("present");
    }
    if (index < 0 || index > l.size()) {
      throw new IndexOutOfBoundsException(index);
    }
    l.add(index, t);
    mirrorLinked(owner, t);
  }

  boolean addAll(O owner, List<T> ts) {
    List<T> l = of(owner);
    ts.forEach(Objects::requireNonNull);
    List<T> added = new ArrayList<>();
    for (T t : ts) {
      if (indexOf(l, t) < 0) {
        l.add(t);
        added.add(t);
      }
    }
    mirrorLinkedAll(owner, added);
    return !added.isEmpty();
  }

  /** Positional insert: the elements must all be new to the list; repeats among them count once. */
  void addAll(O owner, int index, List<T> ts) {
    List<T> l = of(owner);
    ts.forEach(Objects::requireNonNull);
    if (index < 0 || index > l.size()) {
      throw new IndexOutOfBoundsException(index);
    }
    List<T> distinct = new ArrayList<>();
    for (T t : ts) {
      if (indexOf(l, t) >= 0) {
        throw new IllegalArgumentException("present");
      }
      if (indexOf(distinct, t) < 0) {
        distinct.add(t);
      }
    }
    l.addAll(index, distinct);
    mirrorLinkedAll(owner, distinct);
  }

  T remove(O owner, int index) {
    T t = of(owner).remove(index);
    mirrorUnlinked(owner, t);
    return t;
  }

  boolean remove(O owner, T t) {
    int i = indexOf(of(owner), t);
    if (i < 0) {
      return false;
    }
    remove(owner, i);
    return true;
  }

  T set(O owner, int index, T t) {
    List<T> l = of(owner);
    Objects.requireNonNull(t);
    T old = l.get(index);
    if (old == t) {
      return old;
    }
    if (indexOf(l, t) >= 0) {
      throw new IllegalArgumentException("present");
    }
    l.set(index, t);
    mirrorUnlinked(owner, old);
    mirrorLinked(owner, t);
    return old;
  }

  /** Removes the matching elements, then mirrors each removal in their former order. */
  boolean removeIf(O owner, Predicate<? super T> filter) {
    List<T> l = of(owner);
    List<T> removed = new ArrayList<>();
    for (T t : l) {
      if (filter.test(t)) {
        removed.add(t);
      }
    }
    for (T t : removed) {
      l.remove(indexOf(l, t));
    }
    for (T t : removed) {
      mirrorUnlinked(owner, t);
    }
    return !removed.isEmpty();
  }

  void replace(O owner, List<T> values) {
    values.forEach(Objects::requireNonNull);
    List<T> wanted = new ArrayList<>();
    for (T t : values) {
      if (indexOf(wanted, t) < 0) {
        wanted.add(t);
      }
    }
    removeIf(owner, t -> indexOf(wanted, t) < 0);
    List<T> l = of(owner);
    List<T> added = new ArrayList<>();
    for (T t : wanted) {
      if (indexOf(l, t) < 0) {
        l.add(t);
        added.add(t);
      }
    }
    mirrorLinkedAll(owner, added);
    l.clear();
    l.addAll(wanted);
  }

  static int indexOf(List<?> l, Object o) {
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i) == o) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return name;
  }
}
