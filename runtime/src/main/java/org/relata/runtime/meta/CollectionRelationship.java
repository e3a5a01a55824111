package org.relata.runtime.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

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

  private CollectionRelationship(Builder<O, T> b) {
    super(b);
    this.shape = b.shape;
    this.getter = b.getter;
    this.setter = b.setter;
  }

  /** Starts describing a side stored in a {@code List<T>} field. */
  public static <O, T> Builder<O, T> list(
      String name,
      Class<O> ownerType,
      Class<T> targetType,
      RelationshipKind kind,
      Function<O, List<T>> getter,
      BiConsumer<O, List<T>> setter) {
    return new Builder<>(name, ownerType, targetType, kind, Shape.LIST, getter, (o, c) -> setter.accept(o, (RelationList<T>) c));
  }

  /** Starts describing a side stored in a {@code Set<T>} field. */
  public static <O, T> Builder<O, T> set(
      String name,
      Class<O> ownerType,
      Class<T> targetType,
      RelationshipKind kind,
      Function<O, Set<T>> getter,
      BiConsumer<O, Set<T>> setter) {
    return new Builder<>(name, ownerType, targetType, kind, Shape.SET, getter, (o, c) -> setter.accept(o, (RelationSet<T>) c));
  }

  /** Starts describing a side stored in a {@code Collection<T>} field; it keeps insertion order. */
  public static <O, T> Builder<O, T> collection(
      String name,
      Class<O> ownerType,
      Class<T> targetType,
      RelationshipKind kind,
      Function<O, Collection<T>> getter,
      BiConsumer<O, Collection<T>> setter) {
    return new Builder<>(name, ownerType, targetType, kind, Shape.COLLECTION, getter, setter::accept);
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
    if (!c.isLoaded()) {
      EntityAttachment attachment = EntityRelations.attachmentOf(owner);
      if (attachment == null) {
        throw new IllegalStateException(this + " of a detached object was never loaded");
      }
      attachment.load(this, owner);
    }
    return c;
  }

  /**
   * The live collection without loading it. An unloaded one records pending changes only; a
   * session fills it with {@link RelationCollection#fillLoaded}.
   */
  public RelationCollection<T> tracked(O owner) {
    Collection<T> stored = getter.apply(owner);
    if (stored instanceof RelationCollection<T> c && c.owner() == owner) {
      return c;
    }
    RelationCollection<T> c =
        shape == Shape.SET ? new RelationSet<>(this, owner) : new RelationList<>(this, owner);
    setter.accept(owner, c);
    EntityAttachment attachment = EntityRelations.attachmentOf(owner);
    if (attachment != null && attachment.isUnloaded(this)) {
      storeOf(c).markUnloaded();
    } else if (stored != null) {
      // A collection the user assigned before first access: adopt its elements, mirroring each.
      c.addAll(new ArrayList<>(stored));
    }
    return c;
  }

  /**
   * The live collection when the owner's field holds anything, else null; never loads. A session
   * walks many objects at each flush, and most never touched most of their collections.
   */
  public RelationCollection<T> trackedIfPresent(O owner) {
    return getter.apply(owner) == null ? null : tracked(owner);
  }

  /** Replaces the contents with {@code values}, in their order, mirroring every change. */
  public void replace(O owner, Collection<? extends T> values) {
    Objects.requireNonNull(values, "values");
    List<T> wanted = new ArrayList<>(values.size());
    IdentityHashMap<T, Boolean> seen = new IdentityHashMap<>();
    for (T t : values) {
      if (t == null) {
        throw new NullPointerException(this + " cannot hold null; nothing was changed");
      }
      if (seen.put(t, Boolean.TRUE) == null) {
        wanted.add(t);
      }
    }
    RelationCollection<T> c = loaded(owner);
    c.removeIf(t -> !seen.containsKey(t));
    for (T t : wanted) {
      c.add(t);
    }
    // Then take the order of the values, which moves elements but links and unlinks nothing.
    LinkStore<T> store = storeOf(c);
    store.items.clear();
    store.items.addAll(wanted);
    changed(c);
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

  /** Fluent settings of a collection side. */
  public static final class Builder<O, T> extends Relationship.Builder<O, T, Builder<O, T>> {
    final Shape shape;
    final Function<O, ? extends Collection<T>> getter;
    final BiConsumer<O, RelationCollection<T>> setter;

    Builder(
        String name,
        Class<O> ownerType,
        Class<T> targetType,
        RelationshipKind kind,
        Shape shape,
        Function<O, ? extends Collection<T>> getter,
        BiConsumer<O, RelationCollection<T>> setter) {
      super(name, ownerType, targetType, kind);
      this.shape = shape;
      this.getter = Objects.requireNonNull(getter);
      this.setter = Objects.requireNonNull(setter);
    }

    public CollectionRelationship<O, T> build() {
      return new CollectionRelationship<>(this);
    }
  }
}
