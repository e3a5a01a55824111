package org.relata.runtime;

import static org.relata.runtime.FlushWriter.chunks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.EntityType;

/**
 * Writes the association rows of a flush: the links removed, grouped by owner, then the links
 * added, each table's rows in key order so that concurrent flushes lock them in one order.
 */
final class LinkWriter {
  private final FlushPlan plan;
  private final DSLContext dsl;
  private final int maxBinds;

  /**
   * Whether link DELETEs name their keys as literals (on H2, measured: see {@link Keys#rowIn(List,
   * List, boolean)}); PostgreSQL plans a list of parameters as well as literals.
   */
  private final boolean inlineLinkKeys;

  /**
   * Whether new links go out as a JDBC batch (on H2) rather than as multi-row INSERTs, which
   * PostgreSQL runs faster than a batch (measured: see {@link #insertLinksBatched}).
   */
  private final boolean batchLinkInserts;

  LinkWriter(FlushPlan plan, DSLContext dsl, int maxBinds) {
    this.plan = plan;
    this.dsl = dsl;
    this.maxBinds = maxBinds;
    this.inlineLinkKeys = dsl.dialect().family() == SQLDialect.H2;
    this.batchLinkInserts = dsl.dialect().family() == SQLDialect.H2;
  }

  /** One association row, as the ids of its two ends. */
  record LinkRow(Object first, Object second) {
    /** By both keys; written out, as a flush sorts every new and removed link with it. */
    static final Comparator<LinkRow> ORDER =
        (x, y) -> {
          int c = WriteOrder.compareKeys(x.first, y.first);
          return c != 0 ? c : WriteOrder.compareKeys(x.second, y.second);
        };

    @Override
    public String toString() {
      return "(" + first + ", " + second + ")";
    }
  }

  void write() {
    for (Map.Entry<Table<Record>, List<LinkDiff.Link>> e :
        sortedTables(plan.links.deletes()).entrySet()) {
      Table<Record> table = e.getKey();
      List<LinkDiff.Link> links = e.getValue();
      LinkDiff.Link first = links.get(0);
      for (List<LinkRow> chunk : chunks(rows(links), 2, maxBinds)) {
        List<List<?>> keys = new ArrayList<>(chunk.size());
        for (LinkRow l : chunk) {
          keys.add(List.of(l.first(), l.second()));
        }
        Failures.execute(
            dsl.deleteFrom(table)
                .where(
                    Keys.rowIn(
                        List.of(first.firstColumn, first.secondColumn), keys, inlineLinkKeys)),
            table,
            () ->
                "DELETE from "
                    + FlushWriter.quoted(table)
                    + " of the links "
                    + Failures.sample(chunk),
            chunk.size(),
            FlushWriter.GONE);
      }
    }
    for (Map.Entry<Table<Record>, List<LinkDiff.Link>> e :
        sortedTables(plan.links.inserts()).entrySet()) {
      Table<Record> table = e.getKey();
      List<LinkDiff.Link> links = e.getValue();
      LinkDiff.Link first = links.get(0);
      List<Field<?>> columns =
          List.of(Keys.unqualified(first.firstColumn), Keys.unqualified(first.secondColumn));
      for (List<LinkRow> chunk : chunks(rows(links), 2, maxBinds)) {
        if (batchLinkInserts) {
          // In chunks too, so that a huge flush holds one chunk's bind values at a time.
          insertLinksBatched(table, first, chunk);
          continue;
        }
        List<RowN> values = new ArrayList<>(chunk.size());
        for (LinkRow l : chunk) {
          values.add(
              DSL.row(
                  new Field<?>[] {
                    Keys.value(first.firstColumn, l.first()),
                    Keys.value(first.secondColumn, l.second())
                  }));
        }
        Failures.execute(
            dsl.insertInto(table, columns).valuesOfRows(values),
            table,
            () ->
                "INSERT into "
                    + FlushWriter.quoted(table)
                    + " of the links "
                    + Failures.sample(chunk),
            -1,
            null);
      }
    }
  }

  /**
   * Writes new links as a JDBC batch of a single-row INSERT: on H2 that is cheaper than one
   * multi-row statement, where jOOQ renders and H2 parses every bind value (measured with the
   * benchmarks' writes comparison).
   */
  private void insertLinksBatched(Table<Record> table, LinkDiff.Link first, List<LinkRow> rows) {
    List<Field<?>> columns =
        List.of(Keys.unqualified(first.firstColumn), Keys.unqualified(first.secondColumn));
    BatchBindStep batch =
        dsl.batch(dsl.insertInto(table, columns).values((Object) null, (Object) null));
    for (LinkRow l : rows) {
      batch = batch.bind(l.first(), l.second());
    }
    Failures.executeBatch(
        batch,
        table,
        () ->
            "INSERT into " + FlushWriter.quoted(table) + " of the links " + Failures.sample(rows));
  }

  private static <V> Map<Table<Record>, V> sortedTables(Map<Table<Record>, V> byTable) {
    Map<Table<Record>, V> sorted = WriteOrder.byTableName();
    sorted.putAll(byTable);
    return sorted;
  }

  /** The ids of each link's ends, in key order. */
  private List<LinkRow> rows(List<LinkDiff.Link> links) {
    List<LinkRow> rows = new ArrayList<>(links.size());
    boolean packable = true;
    for (LinkDiff.Link l : links) {
      LinkRow row = new LinkRow(idOf(l.first), idOf(l.second));
      packable &= isPackable(row.first()) && isPackable(row.second());
      rows.add(row);
    }
    return inKeyOrder(rows, packable);
  }

  /**
   * {@code rows} in {@link LinkRow#ORDER}; {@code packable} when every key passes {@link
   * #isPackable}.
   */
  static List<LinkRow> inKeyOrder(List<LinkRow> rows, boolean packable) {
    if (packable) {
      return sortedPacked(rows);
    }
    rows.sort(LinkRow.ORDER);
    return rows;
  }

  /**
   * A {@code Long} key that fits in 31 bits, so that two of them pack into one {@code long} in key
   * order.
   */
  static boolean isPackable(Object key) {
    return key instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE;
  }

  /**
   * The rows in {@link LinkRow#ORDER}, for the common links between {@code Long} ids: each packed
   * into one {@code long}, sorted as primitives and unpacked. Measured on a 10,000-link flush on
   * H2, sorting the row objects with the comparator took a fifth of the flush (a merge sort over
   * scattered boxed keys).
   */
  private static List<LinkRow> sortedPacked(List<LinkRow> rows) {
    long[] packed = new long[rows.size()];
    for (int i = 0; i < packed.length; i++) {
      LinkRow row = rows.get(i);
      packed[i] = (Long) row.first() << 32 | (Long) row.second();
    }
    Arrays.sort(packed);
    List<LinkRow> result = new ArrayList<>(packed.length);
    for (long p : packed) {
      result.add(new LinkRow(p >>> 32, p & 0xFFFF_FFFFL));
    }
    return result;
  }

  /**
   * The id of a link's end. An added link's ends are managed; a removed link's other end need not
   * be (a removal left pending by a rolled-back session, its object added to no session since), and
   * its row is keyed by the id the object carries.
   */
  private Object idOf(Object entity) {
    EntityState s = plan.session.stateOf(entity);
    EntityType<?> type = s != null ? s.type : EntityType.of(entity.getClass());
    Object id = type.ids().get(0).getFrom(entity);
    if (id == null) {
      throw new ObjectStateException(
          "Cannot link "
              + (s != null ? s.describe() : entity.getClass().getSimpleName())
              + ": it has no id");
    }
    return id;
  }
}
