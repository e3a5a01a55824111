package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * Why a DELETE failed on a foreign key, from the metamodel: a reference that a relationship of the
 * deleted entity clears before the DELETE can only have been added by another transaction (a
 * conflict), while one that no relationship of the deleted entity covers is the mapping's gap, such
 * as a link table of a many-to-many declared only on the other side. Relata deletes the link rows
 * of the relationships that the deleted entity declares, and only those.
 */
final class ForeignKeyFailures {
  private ForeignKeyFailures() {}

  static RelataException onDelete(DataAccessException e, Table<?> table, Supplier<String> what) {
    DatabaseErrors.Constraint c = DatabaseErrors.constraint(e);
    EntityType<?> deleted = typeOf(table);
    List<Attribute<?, ?>> keys =
        deleted == null || c.table() == null
            ? List.of()
            : DatabaseErrors.referencesFrom(c.table(), deleted);
    if (deleted != null && !keys.isEmpty() && clears(deleted, keys)) {
      return new ConflictException(
          table.getName(),
          what.get()
              + " failed: rows of \""
              + c.table()
              + "\" still reference them through "
              + c
              + ", which the flush cleared first, so another transaction added them"
              + " meanwhile."
              + Failures.ROLLED_BACK
              + e.getMessage(),
          e);
    }
    String name = deleted == null ? "the deleted rows" : deleted.javaType().getSimpleName();
    StringBuilder why = new StringBuilder(what.get()).append(" failed: rows of \"");
    why.append(c.table() == null ? "another table" : c.table())
        .append("\" still reference them through the foreign key ")
        .append(c)
        .append(". ");
    if (keys.isEmpty()) {
      why.append("No relationship of ")
          .append(name)
          .append(" that Relata has loaded covers that table, so the flush does not clear those")
          .append(" rows. Delete them first, or give the constraint ON DELETE CASCADE.");
    } else {
      for (Attribute<?, ?> key : keys) {
        why.append(explain(deleted, key)).append(' ');
      }
    }
    why.append(Failures.ROLLED_BACK).append(e.getMessage());
    return new ConstraintViolationException(
        c.table() == null ? table.getName() : c.table(), c.name(), why.toString(), e);
  }

  /** Whether a relationship of {@code deleted} clears every one of {@code keys} before a DELETE. */
  private static boolean clears(EntityType<?> deleted, List<Attribute<?, ?>> keys) {
    for (Attribute<?, ?> key : keys) {
      boolean cleared = false;
      for (DirectionRules rules : TypePlan.of(deleted).rules) {
        cleared |= rules != null && rules.releases(key);
      }
      if (!cleared) {
        return false;
      }
    }
    return true;
  }

  /** Why {@code key}, a foreign key to {@code deleted}, was not cleared, and the fixes. */
  private static String explain(EntityType<?> deleted, Attribute<?, ?> key) {
    String name = deleted.javaType().getSimpleName();
    AssociationType link = linkOf(key);
    if (link != null) {
      List<String> through = new ArrayList<>();
      for (EntityType<?> t : EntityType.registered()) {
        for (Relationship<?, ?> r : t.relationships()) {
          if (r.join() instanceof Join.SecondaryJoin s && s.associationType() == link) {
            through.add(r.toString());
          }
        }
      }
      String via = through.isEmpty() ? "a many-to-many" : String.join(" and ", through);
      return "They are link rows of "
          + via
          + ", which "
          + name
          + " does not declare the reverse side of; Relata deletes the link rows of the"
          + " relationships that the deleted entity declares. Declare the reverse side on "
          + name
          + " (a relationship with secondary = "
          + link.declaringType().getSimpleName()
          + ".class), or put onDelete = OnDelete.CASCADE on the @ForeignKey of "
          + link.declaringType().getSimpleName()
          + "."
          + key.name()
          + " and ON DELETE CASCADE on the constraint in the database.";
    }
    return "They hold "
        + key
        + ", and "
        + name
        + " declares no relationship over it that sets it to NULL or deletes them. Declare one"
        + " (a collection of "
        + key.declaringType().getSimpleName()
        + " on "
        + name
        + "), delete those rows first, or put onDelete = CASCADE or SET_NULL on "
        + key
        + " and in the database.";
  }

  private static AssociationType linkOf(Attribute<?, ?> key) {
    for (AssociationType link : AssociationType.registered()) {
      if (link.columns().contains(key)) {
        return link;
      }
    }
    return null;
  }

  private static EntityType<?> typeOf(Table<?> table) {
    for (EntityType<?> t : EntityType.registered()) {
      if (t.table().equals(table)) {
        return t;
      }
    }
    return null;
  }
}
