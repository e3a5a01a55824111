package org.relata.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * The flush rules of a side joined through an association table, as SQLAlchemy's {@code
 * ManyToManyDP}: each link made or taken away is a row inserted into or deleted from the table, and
 * a deleted owner's rows there go by one set-based DELETE, unless {@code passiveDeletes} leaves
 * them to the database's {@code ON DELETE CASCADE}.
 */
final class ManyToManyRules implements DirectionRules {
  private final Relationship<Object, ?> relationship;
  private final Join.SecondaryJoin join;

  ManyToManyRules(Relationship<Object, ?> relationship, Join.SecondaryJoin join) {
    this.relationship = relationship;
    this.join = join;
  }

  @Override
  public void save(FlushPlan plan, EntityState owner, int i, FlushPlan.Saves saves) {
    if (owner.deleteRequested) {
      return; // Its links go with its row (see delete).
    }
    Targets.Change change = Targets.sinceClean(owner, i, plan.collections);
    for (Object t : change.added()) {
      plan.requireManaged(t, relationship, owner);
      plan.links.added(join, owner.entity, t);
    }
    for (Object t : change.removed()) {
      plan.links.removed(join, owner.entity, t);
    }
  }

  @Override
  public boolean releases(Attribute<?, ?> key) {
    return join.associationType() != null && join.associationType().columns().contains(key);
  }

  @Override
  public void delete(FlushPlan plan, EntityState owner, int i, Object id) {
    if (relationship.passiveDeletes()) {
      return;
    }
    plan.linksToClear
        .computeIfAbsent(join.table(), t -> new LinkedHashMap<>())
        .computeIfAbsent(join.ownerColumn(), c -> new ArrayList<>())
        .add(id);
  }

  @Override
  public boolean clearsLinksWithRow(Table<Record> table) {
    return !relationship.passiveDeletes() && join.table().equals(table);
  }
}
