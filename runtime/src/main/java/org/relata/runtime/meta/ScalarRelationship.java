package org.relata.runtime.meta;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A side that refers to at most one object: many-to-one, or either side of a one-to-one.
 *
 * <p>The reference lives in a field of the owner (declared by the user, or generated for a backref,
 * in which case it lives in the generated {@code ERelations}), which this descriptor reads and
 * writes through the entity's accessor.
 */
public final class ScalarRelationship<O, T> extends Relationship<O, T> {
  private final Function<O, T> getter;
  private final BiConsumer<O, T> setter;

  ScalarRelationship(Spec<O, T> spec, Function<O, T> getter, BiConsumer<O, T> setter) {
    super(spec);
    this.getter = Objects.requireNonNull(getter);
    this.setter = Objects.requireNonNull(setter);
  }

  /** A side stored in the field that {@code accessor} reads and writes in {@code slot}. */
  @SuppressWarnings("unchecked") // the slot's field is declared as a T
  static <O, T> ScalarRelationship<O, T> slotted(Spec<O, T> spec, Accessor<O> accessor, int slot) {
    Objects.requireNonNull(accessor);
    return new ScalarRelationship<>(
        spec, o -> (T) accessor.get(slot, o), (o, t) -> accessor.set(slot, o, t));
  }

  @Override
  public boolean isCollection() {
    return false;
  }

  /** The related object, loading it first if the owner's session has not yet. */
  public T get(O owner) {
    if (EntityRelations.isUnloaded(owner, this)) {
      EntityRelations.attachmentOf(owner).load(this, owner);
    }
    return getter.apply(owner);
  }

  /**
   * Points {@code owner} at {@code target} and mirrors: the old target's reverse side loses {@code
   * owner}, the new one's gains it, and a one-to-one partner that {@code target} had before is left
   * pointing at nothing.
   */
  public void set(O owner, T target) {
    Objects.requireNonNull(owner, "owner");
    T old = get(owner);
    if (old == target) {
      return;
    }
    Relationship<T, O> rev = mirrorsOnto();
    if (!(rev instanceof ScalarRelationship<?, ?>)) {
      // Many-to-one, or no mirroring: a reverse collection needs no loading before the change
      // (an unloaded one records it as pending), so the write and the two mirror steps suffice.
      setter.accept(owner, target);
      if (rev != null) {
        if (old != null) {
          rev.detachRaw(old, owner);
        }
        if (target != null) {
          rev.attachRaw(target, owner);
        }
      }
      if (target != null) {
        cascadeLinked(owner, List.of(target));
      }
      return;
    }
    setMirroredOntoScalar(owner, old, target);
  }

  /**
   * {@link #set} for a one-to-one: the partners on both sides are loaded before anything changes,
   * so that a failing load leaves every side as it was.
   */
  private void setMirroredOntoScalar(O owner, T old, T target) {
    if (old != null) {
      prepareUnlink(old);
    }
    if (target != null) {
      prepareLink(target);
    }
    setter.accept(owner, target);
    if (old != null) {
      mirrorUnlinked(owner, old);
    }
    if (target != null) {
      mirrorLinked(owner, target);
    }
  }

  /** Writes the stored reference: no loading, no mirroring. */
  void write(O owner, T target) {
    setter.accept(owner, target);
  }

  /** The stored reference, without loading. */
  T peek(O owner) {
    return getter.apply(owner);
  }

  /**
   * Stores a reference that a session has just read from the database: no mirroring, no dirty
   * state.
   */
  void setLoaded(O owner, T target) {
    setter.accept(owner, target);
  }

  // The raw operations load an unloaded reference first: a one-to-one steal must know the
  // partner it takes the target from.
  @Override
  T attachRaw(O owner, T target) {
    T old = get(owner);
    if (old == target) {
      return null;
    }
    setter.accept(owner, target);
    return old;
  }

  @Override
  void detachRaw(O owner, T target) {
    if (get(owner) == target) {
      setter.accept(owner, null);
    }
  }
}
