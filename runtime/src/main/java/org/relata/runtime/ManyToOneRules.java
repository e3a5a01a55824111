package org.relata.runtime;

import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.Relationship;

/**
 * The flush rules of a many-to-one side (its owner's row holds the key), as SQLAlchemy's {@code
 * ManyToOneDP}: a new reference sets the owner's key, a cleared one sets it to NULL, and a deleted
 * owner needs nothing else, as the key goes with its row.
 */
final class ManyToOneRules implements DirectionRules {
  private final Relationship<Object, ?> relationship;

  /** The owner's column that references the target's id. */
  private final Attribute<?, ?> foreignKey;

  ManyToOneRules(Relationship<Object, ?> relationship, Attribute<?, ?> foreignKey) {
    this.relationship = relationship;
    this.foreignKey = foreignKey;
  }

  @Override
  public void save(FlushPlan plan, EntityState owner, int i, FlushPlan.Saves saves) {
    if (owner.deleteRequested) {
      return;
    }
    Targets.Change change = Targets.sinceClean(owner, i, plan.collections);
    if (change.isEmpty()) {
      return;
    }
    Object target = change.added().isEmpty() ? FlushPlan.NULL : change.added().get(0);
    saves.references().add(new FlushPlan.ReferenceSet(owner, foreignKey, target, relationship));
  }

  @Override
  public boolean releases(Attribute<?, ?> key) {
    return false; // The key is the owner's own, not a reference to it.
  }

  @Override
  public void delete(FlushPlan plan, EntityState owner, int i, Object id) {
    // The key is a column of the owner's own row: it goes with the row.
  }
}
