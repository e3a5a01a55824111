package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;

/**
 * What one load read: every object its rows mapped to, and for each unloaded relationship of an
 * owner the targets in row order, without duplicates. {@link #install} then fills the
 * relationships all at once, after the last row, so that a collection spread over many joined
 * rows is complete before anyone sees it.
 */
final class LoadedLinks {
  /** The targets of one relationship of one owner, in first-seen order, compared by identity. */
  private static final class Targets {
    final List<Object> list = new ArrayList<>(4);
    final IdentityHashMap<Object, Boolean> index = new IdentityHashMap<>();

    void add(Object target) {
      if (index.put(target, Boolean.TRUE) == null) {
        list.add(target);
      }
    }
  }

  private final Map<Relationship<Object, Object>, Map<EntityState, Targets>> byRelationship = new LinkedHashMap<>();
  /** Every object the rows mapped to, already managed or new; the eager loads start from them. */
  final Set<EntityState> read = new LinkedHashSet<>();

  /**
   * Records that {@code owner}'s {@code relationship} has {@code target} (null: a row without
   * one), if the relationship is still unloaded; a loaded one keeps what memory holds.
   */
  void offer(EntityState owner, Relationship<Object, Object> relationship, Object target) {
    Map<EntityState, Targets> owners = byRelationship.get(relationship);
    Targets targets = owners == null ? null : owners.get(owner);
    if (targets == null) {
      if (!owner.isUnloaded(relationship)) {
        return;
      }
      targets = targets(owner, relationship);
    }
    if (target != null) {
      targets.add(target);
    }
  }

  /** Registers an owner whose relationship this load fills, even if no row names a target. */
  void expect(EntityState owner, Relationship<Object, Object> relationship) {
    targets(owner, relationship);
  }

  /** Adds a target to an owner whose relationship this load fills. */
  void add(EntityState owner, Relationship<Object, Object> relationship, Object target) {
    targets(owner, relationship).add(target);
  }

  private Targets targets(EntityState owner, Relationship<Object, Object> relationship) {
    return byRelationship
        .computeIfAbsent(relationship, r -> new LinkedHashMap<>())
        .computeIfAbsent(owner, o -> new Targets());
  }

  /**
   * Fills each recorded relationship as the database holds it, merging the changes made while it
   * was unloaded, and sets the scalar reverse side of each target to its owner. Nothing becomes
   * dirty.
   */
  void install() {
    for (Map.Entry<Relationship<Object, Object>, Map<EntityState, Targets>> e : byRelationship.entrySet()) {
      Relationship<Object, Object> r = e.getKey();
      for (Map.Entry<EntityState, Targets> o : e.getValue().entrySet()) {
        EntityState owner = o.getKey();
        if (owner.isUnloaded(r)) {
          fill(owner, r, o.getValue().list);
        }
      }
    }
  }

  /** Fills {@code r} of {@code owner} with {@code targets}. */
  static void fill(EntityState owner, Relationship<Object, Object> r, List<Object> targets) {
    if (r instanceof ScalarRelationship<Object, Object> scalar) {
      Object value = targets.isEmpty() ? null : targets.get(0);
      scalar.setLoaded(owner.entity, value);
      owner.markLoaded(r, value);
    } else {
      ((CollectionRelationship<Object, Object>) r).tracked(owner.entity).fillLoaded(targets);
      owner.markLoaded(r);
    }
    fillReverse(owner.session, r, owner.entity, targets);
  }

  /** Sets the scalar reverse side of each loaded object to the owner, when still unloaded. */
  @SuppressWarnings("unchecked")
  private static void fillReverse(Session session, Relationship<Object, Object> r, Object owner, Collection<Object> loaded) {
    if (!(r.reverse() instanceof ScalarRelationship<?, ?> reverse)) {
      return;
    }
    ScalarRelationship<Object, Object> back = (ScalarRelationship<Object, Object>) reverse;
    for (Object t : loaded) {
      EntityState ts = session.stateOf(t);
      if (ts != null && ts.isUnloaded(back)) {
        back.setLoaded(t, owner);
        ts.markLoaded(back, owner);
      }
    }
  }
}
