package org.relata.runtime;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * The flush rules of a side whose targets' rows hold the key to the owner (a one-to-many
 * collection, or the parent side of a one-to-one), as SQLAlchemy's {@code OneToManyDP}: a child
 * linked gets the owner's key, a child taken out gets NULL (or is deleted as an orphan with {@code
 * DELETE_ORPHAN}), and a deleted owner's remaining children get NULL, unless a DELETE cascade or
 * {@code passiveDeletes} takes them.
 */
final class OneToManyRules implements DirectionRules {
  private final Relationship<Object, ?> relationship;

  /** The targets' column that references the owner's id. */
  private final Attribute<?, ?> foreignKey;

  OneToManyRules(Relationship<Object, ?> relationship, Attribute<?, ?> foreignKey) {
    this.relationship = relationship;
    this.foreignKey = foreignKey;
  }

  // ---- save ----

  @Override
  public void save(FlushPlan plan, EntityState owner, int i, FlushPlan.Saves saves) {
    // A parent about to be deleted still lets go of the children taken out of its collections:
    // they are freed (or deleted as orphans) before its row goes. Its other changes do not matter.
    boolean deleted = owner.deleteRequested;
    if (deleted && !relationship.isCollection()) {
      return;
    }
    Targets.Change change = Targets.sinceClean(owner, i, plan.collections);
    for (Object t : change.removed()) {
      saves.removed().add(new FlushPlan.ChildRemoved(t, owner, this));
    }
    if (deleted) {
      return;
    }
    for (Object t : change.added()) {
      EntityState child = plan.requireManaged(t, relationship, owner);
      saves.added().add(new FlushPlan.ChildAdded(child, foreignKey, owner.entity));
    }
  }

  /**
   * A child left {@code parent}'s side: its key becomes NULL if it still points there, and with
   * {@code DELETE_ORPHAN} it may be an orphan (see {@link #isOrphan}).
   */
  void childRemoved(FlushPlan plan, Object child, EntityState parent) {
    EntityState c = plan.session.stateOf(child);
    if (c == null || c.deleteRequested || c.isPending()) {
      return;
    }
    if (Objects.equals(foreignKey.getFrom(child), parent.type.ids().get(0).get(parent.entity))) {
      plan.source(c, foreignKey, FlushPlan.NULL);
    }
    if (relationship.cascades(Cascade.DELETE_ORPHAN)) {
      plan.orphanCandidate(c, this);
    }
  }

  // ---- orphans ----

  /**
   * Whether {@code child}, taken out of this side, is an orphan: no other parent took it in this
   * flush, and it is not deleted already.
   */
  boolean isOrphan(FlushPlan plan, EntityState child) {
    return plan.sourceOf(child, foreignKey) == FlushPlan.NULL && !plan.deletes.contains(child);
  }

  @Override
  public boolean hasPendingOrphans() {
    return relationship.isCollection() && relationship.cascades(Cascade.DELETE_ORPHAN);
  }

  /**
   * New objects added to this {@code DELETE_ORPHAN} collection and taken out again before any
   * flush: they never reached the database.
   */
  @Override
  public void pendingOrphans(
      FlushPlan plan, EntityState owner, Map<EntityState, OneToManyRules> into) {
    if (!hasPendingOrphans()) {
      return;
    }
    RelationCollection<?> tracked =
        SessionBridge.trackedIfPresent(
            (CollectionRelationship<Object, ?>) relationship, owner.entity);
    if (tracked == null) {
      return;
    }
    for (Object t : SessionBridge.discarded(tracked)) {
      EntityState child = plan.session.stateOf(t);
      if (child != null && child.isPending()) {
        into.putIfAbsent(child, this);
      }
    }
  }

  // ---- delete ----

  @Override
  public boolean releases(Attribute<?, ?> key) {
    return foreignKey == key;
  }

  @Override
  public void delete(FlushPlan plan, EntityState owner, int i, Object id) {
    if (relationship.passiveDeletes() || relationship.cascades(Cascade.DELETE)) {
      return; // The database's ON DELETE, or the DELETE cascade, takes the children.
    }
    if (!childrenLetGo(plan, owner, i)) {
      plan.keysToNull.computeIfAbsent(foreignKey, a -> new ArrayList<>()).add(id);
    }
  }

  /**
   * Whether every child of {@code owner} along this side is known to memory and is deleted or
   * re-keyed by this flush, so that no row is left referencing it and the set-based UPDATE that
   * sets their keys to NULL would only touch rows about to go.
   */
  private boolean childrenLetGo(FlushPlan plan, EntityState owner, int i) {
    if (owner.isUnloaded(i)) {
      return false;
    }
    for (Object child : Targets.cleanAndCurrent(owner, i)) {
      EntityState t = child == null ? null : plan.session.stateOf(child);
      if (child != null && (t == null || !plan.letGo(t, foreignKey))) {
        return false;
      }
    }
    // A managed child that the collection never saw (its key was set directly) still counts.
    return !plan.keysStillHeld(foreignKey).contains(owner.key);
  }
}
