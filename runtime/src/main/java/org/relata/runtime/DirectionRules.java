package org.relata.runtime;

import java.util.Map;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * The flush rules of one relationship side, chosen once by its direction, as SQLAlchemy's {@code
 * dependency.py} has one processor per direction ({@code OneToManyDP}, {@code ManyToOneDP}, {@code
 * ManyToManyDP}): what a change to the side writes (save), what must let go of an owner's row that
 * is deleted (delete), and which objects the side leaves orphaned. {@link FlushPlan} asks these for
 * every decision that depends on the direction, so no other class in the flush tells the directions
 * apart. A viewonly side writes nothing and has no rules (see {@link TypePlan#rules}).
 */
sealed interface DirectionRules permits OneToManyRules, ManyToOneRules, ManyToManyRules {
  /** The rules for {@code r}'s direction, read from how it joins the two tables. */
  static DirectionRules of(Relationship<Object, ?> r) {
    if (r.join() instanceof Join.SecondaryJoin secondary) {
      return new ManyToManyRules(r, secondary);
    }
    Join.ForeignKeyJoin fk = (Join.ForeignKeyJoin) r.join();
    return fk.ownerHoldsKey()
        ? new ManyToOneRules(r, fk.foreignKey())
        : new OneToManyRules(r, fk.foreignKey());
  }

  /**
   * Save: records in {@code saves} (or in the plan's link diff) what the change of side {@code i}
   * of {@code owner} since the last flush writes. The owner is live, or persistent and about to be
   * deleted (then only what lets go of the children taken out of it counts).
   */
  void save(FlushPlan plan, EntityState owner, int i, FlushPlan.Saves saves);

  /**
   * Delete: records in the plan what must let go of {@code owner}'s row, about to be deleted, whose
   * single-column id is {@code id}: nothing (the row holds the key, or {@code passiveDeletes}
   * leaves it to the database, or a DELETE cascade takes the children with it), its children's keys
   * set to NULL, or its association rows removed.
   */
  void delete(FlushPlan plan, EntityState owner, int i, Object id);

  /**
   * Whether {@code key} is the column by which rows reference an owner along this side, so that a
   * deleted owner's rows there are let go of (or gone) before its DELETE: a failure on that key is
   * not for want of a relationship.
   */
  boolean releases(Attribute<?, ?> key);

  /** Orphans: adds to {@code into} the pending objects this side of {@code owner} discarded. */
  default void pendingOrphans(
      FlushPlan plan, EntityState owner, Map<EntityState, OneToManyRules> into) {}

  /** Whether this side discards pending orphans at all (see {@link #pendingOrphans}). */
  default boolean hasPendingOrphans() {
    return false;
  }

  /** Whether deleting an owner's row removes its links in {@code table} by one set-based DELETE. */
  default boolean clearsLinksWithRow(Table<Record> table) {
    return false;
  }
}
