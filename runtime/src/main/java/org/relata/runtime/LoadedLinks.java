package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * What one load read: every object its rows mapped to, and for each unloaded relationship of an
 * owner the targets in row order, without duplicates. {@link #install} then fills the relationships
 * all at once, after the last row, so that a collection spread over many joined rows is complete
 * before anyone sees it.
 */
final class LoadedLinks {
  /** The targets of one relationship of one owner, in first-seen order, compared by identity. */
  private static final class Targets {
    /** Up to this many targets a scan finds a repeat sooner than an identity index would. */
    private static final int SCAN_LIMIT = 16;

    final List<Object> list = new ArrayList<>(4);
    private IdentityHashMap<Object, Boolean> index;

    void add(Object target) {
      if (index != null) {
        if (index.put(target, Boolean.TRUE) == null) {
          list.add(target);
        }
        return;
      }
      for (int i = list.size() - 1; i >= 0; i--) {
        if (list.get(i) == target) {
          return; // joined rows repeat a target once per row of its siblings
        }
      }
      list.add(target);
      if (list.size() > SCAN_LIMIT) {
        index = new IdentityHashMap<>(2 * SCAN_LIMIT);
        for (Object t : list) {
          index.put(t, Boolean.TRUE);
        }
      }
    }
  }

  private final Map<Relationship<Object, Object>, Map<EntityState, Targets>> byRelationship =
      new LinkedHashMap<>();

  /**
   * Every object the rows mapped to, already managed or new, each once; the eager loads start from
   * them.
   */
  final List<EntityState> read = new ArrayList<>();

  /** Marks the objects in {@link #read}, so that a repeated row adds nothing. */
  private final int stamp;

  /**
   * The owner and relationship of the last {@link #targets} found: rows of one owner come together.
   */
  private EntityState lastOwner;

  private Relationship<Object, Object> lastRelationship;
  private Targets lastTargets;

  LoadedLinks(int stamp) {
    this.stamp = stamp;
  }

  /** Records that a row mapped to {@code s}. */
  void read(EntityState s) {
    if (s.firstReadBy(stamp)) {
      read.add(s);
    }
  }

  /**
   * Records that {@code owner}'s {@code relationship} has {@code target} (null: a row without one),
   * if the relationship is still unloaded; a loaded one keeps what memory holds.
   */
  void offer(EntityState owner, Relationship<Object, Object> relationship, Object target) {
    Targets targets;
    if (owner == lastOwner && relationship == lastRelationship) {
      targets = lastTargets;
    } else {
      Map<EntityState, Targets> owners = byRelationship.get(relationship);
      targets = owners == null ? null : owners.get(owner);
      if (targets != null) {
        lastOwner = owner;
        lastRelationship = relationship;
        lastTargets = targets;
      }
    }
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
    if (owner == lastOwner && relationship == lastRelationship) {
      return lastTargets;
    }
    Targets targets =
        byRelationship
            .computeIfAbsent(relationship, r -> new LinkedHashMap<>())
            .computeIfAbsent(owner, o -> new Targets());
    lastOwner = owner;
    lastRelationship = relationship;
    lastTargets = targets;
    return targets;
  }

  /**
   * Fills each recorded relationship as the database holds it, merging the changes made while it
   * was unloaded, and sets the scalar reverse side of each target to its owner. Nothing becomes
   * dirty.
   */
  void install() {
    for (Map.Entry<Relationship<Object, Object>, Map<EntityState, Targets>> e :
        byRelationship.entrySet()) {
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
      if (targets.size() > 1) {
        throw tooManyRows(owner, r, targets);
      }
      Object value = targets.isEmpty() ? null : targets.get(0);
      SessionBridge.setLoaded(scalar, owner.entity, value);
      owner.markLoaded(r, value);
    } else {
      SessionBridge.fillLoaded(
          SessionBridge.tracked((CollectionRelationship<Object, Object>) r, owner.entity), targets);
      owner.markLoaded(r);
    }
    fillReverse(owner.session, r, owner.entity, targets);
  }

  /**
   * A one-to-one that found several rows: the database lacks the UNIQUE constraint on the key, and
   * picking one would hide the others.
   */
  private static RelataException tooManyRows(
      EntityState owner, Relationship<Object, Object> r, List<Object> targets) {
    List<String> rows = new ArrayList<>(targets.size());
    for (Object t : targets) {
      EntityState ts = owner.session.stateOf(t);
      rows.add(ts == null ? String.valueOf(t) : ts.describe());
    }
    return new RelataException(
        "The one-to-one "
            + r
            + " of "
            + owner.describe()
            + " found "
            + targets.size()
            + " rows: "
            + Failures.sample(rows)
            + ". A one-to-one holds one; delete or re-point the extra rows, and add a UNIQUE"
            + " constraint on the foreign key (Schema.create adds it), or make "
            + r.name()
            + " a collection.");
  }

  /** Sets the scalar reverse side of each loaded object to the owner, when still unloaded. */
  @SuppressWarnings("unchecked")
  private static void fillReverse(
      Session session, Relationship<Object, Object> r, Object owner, Collection<Object> loaded) {
    if (!(r.reverse() instanceof ScalarRelationship<?, ?> reverse)) {
      return;
    }
    ScalarRelationship<Object, Object> back = (ScalarRelationship<Object, Object>) reverse;
    for (Object t : loaded) {
      EntityState ts = session.stateOf(t);
      if (ts != null && ts.isUnloaded(back)) {
        SessionBridge.setLoaded(back, t, owner);
        ts.markLoaded(back, owner);
      }
    }
  }
}
