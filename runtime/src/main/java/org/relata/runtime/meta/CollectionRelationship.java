package org.relata.runtime.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A side that holds a collection: one-to-many, or either side of a many-to-many.
 *
 * <p>The owner's field holds the live {@link RelationList} or {@link RelationSet} once it has been
 * touched; before that it may be null or a plain collection that the user initialised, whose
 * elements are adopted, with mirroring, on first access.
 */
public final class CollectionRelationship<O, T> extends Relationship<O, T> {
  /** Which collection interface the field is declared as. */
  public enum Shape {
    LIST,
    SET,
    COLLECTION
  }

  private final Shape shape;
  private final Function<O, ? extends Collection<T>> getter;
  private final BiConsumer<O, RelationCollection<T>> setter;

  private CollectionRelationship(
      Spec<O, T> spec,
      Shape shape,
      Function<O, ? extends Collection<T>> getter,
      BiConsumer<O, RelationCollection<T>> setter) {
    super(spec);
    this.shape = Objects.requireNonNull(shape);
    this.getter = Objects.requireNonNull(getter);
    this.setter = Objects.requireNonNull(setter);
  }

  /**
   * A side stored in the field of shape {@code shape} that {@code accessor} reads and writes in
   * {@code slot}.
   */
  @SuppressWarnings("unchecked") // the slot's field is declared as a collection of T
  static <O, T> CollectionRelationship<O, T> slotted(
      Spec<O, T> spec, Shape shape, Accessor<O> accessor, int slot) {
    Objects.requireNonNull(accessor);
    return new CollectionRelationship<>(
        spec,
        shape,
        o -> (Collection<T>) accessor.get(slot, o),
        (o, c) -> accessor.set(slot, o, c));
  }

  @Override
  public boolean isCollection() {
    return true;
  }

  public Shape shape() {
    return shape;
  }

  /** The live list of a {@code List} side, loaded. */
  public List<T> list(O owner) {
    return (RelationList<T>) loaded(owner);
  }

  /** The live set of a {@code Set} side, loaded. */
  public Set<T> set(O owner) {
    return (RelationSet<T>) loaded(owner);
  }

  /** The live collection of any side, loaded. */
  public Collection<T> collection(O owner) {
    return loaded(owner);
  }

  /** The live collection, loading it first if the owner's session has not yet. */
  public RelationCollection<T> loaded(O owner) {
    RelationCollection<T> c = tracked(owner);
    // A loaded collection that its session expired is read again too.
    if (!storeOf(c).isLoaded() || EntityRelations.isUnloaded(owner, this)) {
      load(owner, c);
    }
    return c;
  }

  /**
   * Has the owner's session load {@code c}; apart, so that {@link #loaded} stays small enough to
   * inline.
   */
  private void load(O owner, RelationCollection<T> c) {
    EntityAttachment attachment = EntityRelations.attachmentOf(owner);
    if (attachment == null) {
      throw new IllegalStateException(this + " of a detached object was never loaded");
    }
    attachment.load(this, owner);
    if (!c.isLoaded()) {
      // Handing out an unloaded collection would let the user edit a partial view.
      throw new IllegalStateException(
          "the session did not load " + this + "; it must fill the collection with fillLoaded");
    }
  }

  /**
   * The live collection without loading it. An unloaded one records pending changes only; a session
   * fills it with {@link SessionBridge#fillLoaded}.
   */
  RelationCollection<T> tracked(O owner) {
    Collection<T> stored = getter.apply(owner);
    // Tested on the concrete classes: every mirror step comes here, and the interface's type check
    // and calls cost more than the rest of finding the collection.
    if (stored instanceof RelationList<T> list) {
      if (list.owner() == owner && list.relationship() == this) {
        return list;
      }
    } else if (stored instanceof RelationSet<T> set
        && set.owner() == owner
        && set.relationship() == this) {
      return set;
    }
    return install(owner, stored);
  }

  /**
   * Puts a new live collection into the owner's field, adopting what the user had stored there.
   * Kept out of {@link #tracked} so that the JIT can inline that on every mirror step.
   */
  private RelationCollection<T> install(O owner, Collection<T> stored) {
    EntityAttachment attachment = EntityRelations.attachmentOf(owner);
    boolean unloaded = attachment != null && attachment.isUnloaded(this);
    List<T> adopted = null;
    if (stored != null && !unloaded) {
      // A collection the user assigned before first access: its elements are adopted below, with
      // mirroring. Check them first, so that a null leaves the field as the user set it.
      adopted = new ArrayList<>(stored);
      for (T t : adopted) {
        checkElement(t);
      }
      for (T t : adopted) {
        prepareLink(t);
      }
    }
    RelationCollection<T> c =
        shape == Shape.SET ? new RelationSet<>(this, owner) : new RelationList<>(this, owner);
    setter.accept(owner, c);
    if (unloaded) {
      storeOf(c).markUnloaded();
    } else if (adopted != null) {
      c.addAll(adopted);
    }
    return c;
  }

  /**
   * The live collection when the owner's field holds anything, else null; never loads. A session
   * walks many objects at each flush, and most never touched most of their collections.
   */
  RelationCollection<T> trackedIfPresent(O owner) {
    return getter.apply(owner) == null ? null : tracked(owner);
  }

  /** Replaces the contents with {@code values}, in their order, mirroring every change. */
  public void replace(O owner, Collection<? extends T> values) {
    Objects.requireNonNull(values, "values");
    // Copy first: values may be this collection, or another owner's that the links below steal
    // from.
    List<T> wanted = new ArrayList<>(values.size());
    IdentityHashMap<T, Boolean> seen = new IdentityHashMap<>(values.size());
    for (T t : values) {
      checkElement(t);
      if (seen.put(t, Boolean.TRUE) == null) {
        wanted.add(t);
      }
    }
    RelationCollection<T> c = loaded(owner);
    LinkStore<T> store = storeOf(c);
    prepareLinks(store, wanted);
    for (T t : store.items) {
      if (!seen.containsKey(t)) {
        prepareUnlink(t);
      }
    }
    c.removeIf(t -> !seen.containsKey(t));
    List<T> added = store.addAll(store.size(), wanted);
    changed(c);
    mirrorLinkedAll(owner, added);
    if (store.size() == wanted.size()) {
      // Take the order of the values: this moves elements, but links and unlinks nothing.
      store.items.clear();
      store.items.addAll(wanted);
    }
  }

  /**
   * Links {@code t}, which the caller has checked and found absent from {@code c}, at {@code
   * position}, and mirrors it. The single-element paths of {@link RelationList} and {@link
   * RelationSet} come here: for the common reverse scalar they read it once (loading it before
   * anything changes) and write it directly, where {@link #prepareLink} and {@link #mirrorLinked}
   * would read it twice.
   */
  void link(O owner, T t, RelationCollection<T> c, LinkStore<T> store, int position) {
    Relationship<T, O> rev = mirrorsOnto();
    if (rev instanceof ScalarRelationship<T, O> scalar) {
      O previous = scalar.get(t);
      store.addPrepared(position, t);
      changed(c);
      if (previous != owner) {
        scalar.write(t, owner);
        if (previous != null) {
          // t belonged to another owner: that owner's collection loses it.
          detachRaw(previous, t);
        }
      }
    } else {
      store.addPrepared(position, t);
      changed(c);
      if (rev != null) {
        rev.attachRaw(t, owner);
      }
    }
    cascadeLinked(owner, List.of(t));
  }

  /**
   * Unlinks the element at {@code index} of {@code c} and mirrors it; returns that element. As
   * {@link #link}, it reads a reverse scalar once, loading it before anything changes.
   */
  T unlinkAt(O owner, RelationCollection<T> c, LinkStore<T> store, int index) {
    Relationship<T, O> rev = mirrorsOnto();
    if (rev instanceof ScalarRelationship<T, O> scalar) {
      T t = store.items.get(index);
      O current = scalar.get(t);
      store.remove(index);
      changed(c);
      if (current == owner) {
        scalar.write(t, null);
      }
      return t;
    }
    T t = store.remove(index);
    changed(c);
    if (rev != null) {
      rev.detachRaw(t, owner);
    }
    return t;
  }

  /** {@link #prepareLink} for each of {@code targets} that {@code store} does not hold yet. */
  void prepareLinks(LinkStore<T> store, List<T> targets) {
    if (mirrorsOnto() instanceof ScalarRelationship<?, ?>) {
      for (T t : targets) {
        if (!store.contains(t)) {
          prepareLink(t);
        }
      }
    }
  }

  /** {@link #prepareUnlink} for each of {@code targets}. */
  void prepareUnlinks(List<T> targets) {
    if (mirrorsOnto() instanceof ScalarRelationship<?, ?>) {
      for (T t : targets) {
        prepareUnlink(t);
      }
    }
  }

  /**
   * {@code filter}, which also prepares the unlinking of each element it selects. The list's
   * removeIf tests every element before it removes any, so a failing load changes nothing.
   */
  Predicate<T> preparingUnlink(Predicate<? super T> filter) {
    Objects.requireNonNull(filter);
    if (!(mirrorsOnto() instanceof ScalarRelationship<?, ?>)) {
      return filter::test;
    }
    return t -> {
      if (!filter.test(t)) {
        return false;
      }
      prepareUnlink(t);
      return true;
    };
  }

  /**
   * Mirrors the links that {@code owner} has just made to each of {@code targets}: every reverse
   * side gains {@code owner}, then each previous owner loses, in one pass over its collection, all
   * the targets taken from it. Taking n elements from one owner one by one would scan and shift its
   * list n times.
   */
  void mirrorLinkedAll(O owner, List<T> targets) {
    mirrorAll(owner, targets);
    cascadeLinked(owner, targets);
  }

  private void mirrorAll(O owner, List<T> targets) {
    Relationship<T, O> rev = mirrorsOnto();
    if (rev == null) {
      return;
    }
    List<O> previousOwners = null;
    IdentityHashMap<O, IdentityHashMap<T, Boolean>> taken = null;
    for (T t : targets) {
      O previous = rev.attachRaw(t, owner);
      if (previous != null && previous != owner) {
        if (taken == null) {
          taken = new IdentityHashMap<>();
          previousOwners = new ArrayList<>();
        }
        IdentityHashMap<T, Boolean> fromPrevious = taken.get(previous);
        if (fromPrevious == null) {
          fromPrevious = new IdentityHashMap<>();
          taken.put(previous, fromPrevious);
          previousOwners.add(previous);
        }
        fromPrevious.put(t, Boolean.TRUE);
      }
    }
    if (previousOwners != null) {
      for (O previous : previousOwners) {
        RelationCollection<T> c = tracked(previous);
        if (storeOf(c).removeAll(taken.get(previous))) {
          changed(c);
        }
      }
    }
  }

  /**
   * Rejects what this side cannot hold, before anything changes: null, and an object of another
   * type that raw types or unchecked casts let through, which would otherwise fail half way through
   * mirroring.
   */
  void checkElement(Object t) {
    if (t == null || !targetType().isInstance(t)) {
      reject(t);
    }
  }

  /** Throws for what {@link #checkElement} refused; apart, so that the check itself stays small. */
  private void reject(Object t) {
    if (t == null) {
      throw new NullPointerException(this + " cannot hold null; nothing was changed");
    }
    throw new ClassCastException(
        this
            + " holds "
            + targetType().getName()
            + ", not "
            + t.getClass().getName()
            + "; nothing was changed");
  }

  @Override
  T attachRaw(O owner, T target) {
    RelationCollection<T> c = tracked(owner);
    if (storeOf(c).add(target)) {
      changed(c);
    }
    return null;
  }

  @Override
  void detachRaw(O owner, T target) {
    RelationCollection<T> c = tracked(owner);
    if (storeOf(c).remove(target)) {
      changed(c);
    }
  }

  static <T> LinkStore<T> storeOf(RelationCollection<T> c) {
    return c instanceof RelationList<T> list ? list.store : ((RelationSet<T>) c).store;
  }

  /** Bumps the modification count, so that iterators open on {@code c} fail fast. */
  static void changed(RelationCollection<?> c) {
    if (c instanceof RelationList<?> list) {
      list.changed();
    } else {
      ((RelationSet<?>) c).changed();
    }
  }
}
