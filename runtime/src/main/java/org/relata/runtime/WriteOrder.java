package org.relata.runtime;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Table;

/**
 * The order in which a flush writes rows: tables by name, then keys ascending. Any two flushes then
 * lock the rows they both write, statement kind by statement kind, in the same order, so that they
 * wait for each other instead of deadlocking.
 */
final class WriteOrder {
  /**
   * Rows by table name, then key; rows without a key (ids still to generate) keep their order,
   * last.
   */
  static final Comparator<EntityState> ROWS =
      (a, b) -> {
        // Rows of one type share their table; its name is looked up only between types.
        int c = a.type == b.type ? 0 : a.plan.tableName.compareTo(b.plan.tableName);
        return c != 0 ? c : compareKeys(a.key, b.key);
      };

  private WriteOrder() {}

  static String tableName(Table<?> table) {
    return table.getQualifiedName().toString();
  }

  /** A map whose tables iterate by name. */
  static <T extends Table<?>, V> Map<T, V> byTableName() {
    return new TreeMap<>(Comparator.comparing(WriteOrder::tableName));
  }

  /** Compares keys part by part: values of one type by their natural order, others by text. */
  static int compareKeys(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    if (!(a instanceof List<?>) && !(b instanceof List<?>)) {
      return compareParts(a, b); // a single-column key, as most are: no list per comparison
    }
    List<?> x = Keys.parts(a);
    List<?> y = Keys.parts(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = compareParts(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareParts(Object p, Object q) {
    return p instanceof Comparable && q != null && p.getClass() == q.getClass()
        ? ((Comparable) p).compareTo(q)
        : String.valueOf(p).compareTo(String.valueOf(q));
  }
}
