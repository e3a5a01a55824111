package org.relata.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Join;

/**
 * The association rows that a flush must insert or delete: the links added to and removed from
 * many-to-many collections, merged across both sides so that a link changed through both is written
 * once.
 */
final class LinkDiff {
  /**
   * One row of an association table. The two columns are kept in name order, so that the two sides
   * of a relationship, which see them in opposite orders, describe the same link.
   */
  static final class Link {
    final Table<Record> table;
    final Field<?> firstColumn;
    final Field<?> secondColumn;
    final Object first;
    final Object second;

    Link(Join.SecondaryJoin join, Object owner, Object target) {
      this.table = join.table();
      boolean ownerFirst =
          join.ownerColumn().getName().compareTo(join.targetColumn().getName()) <= 0;
      this.firstColumn = ownerFirst ? join.ownerColumn() : join.targetColumn();
      this.secondColumn = ownerFirst ? join.targetColumn() : join.ownerColumn();
      this.first = ownerFirst ? owner : target;
      this.second = ownerFirst ? target : owner;
    }

    @Override
    public boolean equals(Object o) {
      // The linked objects compare by identity, as the identity map gives one object per row.
      return o instanceof Link l
          && l.first == first
          && l.second == second
          && l.table.equals(table)
          && l.firstColumn.getName().equals(firstColumn.getName());
    }

    @Override
    public int hashCode() {
      return (table.getName().hashCode() * 31 + System.identityHashCode(first)) * 31
          + System.identityHashCode(second);
    }
  }

  private static final int ADD = 1;
  private static final int REMOVE = -1;
  private static final int CONFLICT = 0;
  private final Map<Link, Integer> changes = new LinkedHashMap<>();

  void added(Join.SecondaryJoin join, Object owner, Object target) {
    record(new Link(join, owner, target), ADD);
  }

  void removed(Join.SecondaryJoin join, Object owner, Object target) {
    record(new Link(join, owner, target), REMOVE);
  }

  private void record(Link link, int change) {
    // Both sides of a mirrored pair report the same change; they collapse into one. Sides that do
    // not mirror and disagree cancel out rather than guess.
    changes.merge(link, change, (a, b) -> a.equals(b) ? a : CONFLICT);
  }

  /** Forgets the added links that {@code gone} accepts. */
  void dropAdded(Predicate<Link> gone) {
    changes.entrySet().removeIf(e -> e.getValue() == ADD && gone.test(e.getKey()));
  }

  /** Forgets the removed links that {@code gone} accepts. */
  void dropRemoved(Predicate<Link> gone) {
    changes.entrySet().removeIf(e -> e.getValue() == REMOVE && gone.test(e.getKey()));
  }

  /** The links to insert, grouped by table. */
  Map<Table<Record>, List<Link>> inserts() {
    return grouped(ADD);
  }

  /** The links to delete, grouped by table. */
  Map<Table<Record>, List<Link>> deletes() {
    return grouped(REMOVE);
  }

  private Map<Table<Record>, List<Link>> grouped(int change) {
    Map<Table<Record>, List<Link>> result = new LinkedHashMap<>();
    for (Map.Entry<Link, Integer> e : changes.entrySet()) {
      if (e.getValue() == change) {
        result.computeIfAbsent(e.getKey().table, t -> new ArrayList<>()).add(e.getKey());
      }
    }
    return result;
  }
}
