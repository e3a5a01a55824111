package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * Issues a {@link FlushPlan}'s statements through jOOQ, in dependency order: entity INSERTs parents
 * first, UPDATEs of changed columns, association-row DELETEs and INSERTs, the set-based clean-up
 * for deleted rows, and entity DELETEs children first. Inserts and deletes are batched into
 * multi-row statements that stay within the driver's bind limit. Within each kind, rows go in
 * {@link WriteOrder}, and every UPDATE and DELETE by key checks that it found its rows.
 */
final class FlushWriter {
  static final String GONE = "another transaction deleted them first";

  private final FlushPlan plan;
  private final Journal journal;
  private final DSLContext dsl;
  private final int maxBinds;

  /** States inserted, and those whose id the database generated. */
  final List<EntityState> inserted = new ArrayList<>();

  final Set<EntityState> generated = new HashSet<>();

  FlushWriter(FlushPlan plan, Journal journal) {
    this.plan = plan;
    this.journal = journal;
    this.dsl = plan.session.dsl();
    this.maxBinds = plan.session.maxBindsPerStatement;
  }

  void write() {
    releaseOneToOneKeys();
    for (List<EntityState> wave : plan.insertLevels) {
      insert(wave);
    }
    update();
    new LinkWriter(plan, dsl, maxBinds).write();
    clearReferencesToDeleted();
    breakCycles();
    for (List<EntityState> wave : plan.deleteLevels) {
      delete(wave);
    }
  }

  // ---- inserts ----

  private void insert(List<EntityState> wave) {
    for (List<EntityState> group : byType(wave).values()) {
      List<EntityState> batch = new ArrayList<>();
      for (EntityState s : group) {
        applySources(s);
        if (isGenerated(s)) {
          insertReturning(s, true);
        } else if (!s.type.generated().isEmpty()) {
          requireId(s);
          insertReturning(s, false);
        } else {
          requireId(s);
          batch.add(s);
        }
        inserted.add(s);
      }
      batch.sort(Comparator.comparing(s -> Keys.of(s.type, s.entity), WriteOrder::compareKeys));
      insertBatch(batch);
    }
  }

  private static boolean isGenerated(EntityState s) {
    List<Attribute<Object, ?>> ids = s.type.ids();
    return ids.size() == 1 && ids.get(0).get(s.entity) == null;
  }

  private static void requireId(EntityState s) {
    for (Attribute<Object, ?> id : s.type.ids()) {
      if (id.get(s.entity) == null) {
        throw new ObjectStateException(
            "Cannot insert "
                + s.describe()
                + ": its id "
                + id
                + " is null and no relationship sets it");
      }
    }
  }

  /**
   * Inserts one row and reads back what the database supplied: the id when {@code idGenerated}, and
   * the generated columns.
   */
  private void insertReturning(EntityState s, boolean idGenerated) {
    Attribute<Object, ?> id = s.type.ids().get(0);
    List<Field<?>> fields = new ArrayList<>();
    List<Field<?>> values = new ArrayList<>();
    for (Attribute<Object, ?> a : s.type.attributes()) {
      if (!(idGenerated && a == id) && !a.isGenerated()) {
        fields.add(Keys.unqualified(a.field()));
        values.add(Keys.value(a.field(), a.get(s.entity)));
      }
    }
    Table<Record> table = s.type.table();
    boolean returning = idGenerated || GeneratedValues.returning(dsl);
    List<Field<?>> read =
        GeneratedValues.returning(dsl)
            ? GeneratedValues.fields(s.type, idGenerated)
            : GeneratedValues.fields(s.type, idGenerated).subList(0, idGenerated ? 1 : 0);
    Record r = null;
    try {
      if (!returning) {
        Failures.execute(
            dsl.insertInto(table, fields).values(values),
            table,
            () -> "INSERT into " + quoted(table) + " of " + s.describe(),
            -1,
            null);
      } else if (fields.isEmpty()) {
        r = dsl.insertInto(table).defaultValues().returningResult(read).fetchOne();
      } else {
        r = dsl.insertInto(table, fields).values(values).returningResult(read).fetchOne();
      }
    } catch (DataAccessException e) {
      throw Failures.failed(e, table, () -> "INSERT into " + quoted(table) + " of " + s.describe());
    }
    if (idGenerated) {
      if (r == null || r.get(0) == null) {
        throw new RelataException("The database returned no generated id for " + s.describe());
      }
      journal.set(id, s.entity, id.field().getDataType().convert(r.get(0)));
      generated.add(s);
    }
    if (read.size() > (idGenerated ? 1 : 0)) {
      GeneratedValues.store(journal, s, r, idGenerated ? 1 : 0);
    } else if (!s.type.generated().isEmpty()) {
      GeneratedValues.select(dsl, journal, s);
    }
  }

  private void insertBatch(List<EntityState> rows) {
    if (rows.isEmpty()) {
      return;
    }
    EntityType<Object> type = rows.get(0).type;
    List<Attribute<Object, ?>> attributes = type.attributes();
    List<Field<?>> fields = new ArrayList<>();
    for (Attribute<Object, ?> a : attributes) {
      fields.add(Keys.unqualified(a.field()));
    }
    for (List<EntityState> chunk : chunks(rows, attributes.size())) {
      List<RowN> values = new ArrayList<>(chunk.size());
      for (EntityState s : chunk) {
        Field<?>[] row = new Field<?>[attributes.size()];
        for (int i = 0; i < row.length; i++) {
          Attribute<Object, ?> a = attributes.get(i);
          row[i] = Keys.value(a.field(), a.get(s.entity));
        }
        values.add(DSL.row(row));
      }
      // All rows at once: adding them one by one to jOOQ's insert copies the growing list.
      Failures.execute(
          dsl.insertInto(type.table(), fields).valuesOfRows(values),
          type.table(),
          () -> "INSERT into " + quoted(type.table()) + " of " + describe(chunk),
          -1,
          null);
    }
  }

  // ---- updates ----

  /**
   * Sets to NULL, before any INSERT, the one-to-one keys that the plan found this flush clears (see
   * {@link FlushPlan#releasedKeys}). The rest of such a row's changes are written by {@link
   * #update()}.
   */
  private void releaseOneToOneKeys() {
    for (FlushPlan.KeyRelease release : plan.releasedKeys) {
      EntityState s = release.row();
      Attribute<Object, ?> a = s.type.attributes().get(release.attribute());
      Object before = release.before();
      Failures.execute(
          dsl.update(s.type.table())
              .set(Map.of(Keys.unqualified(a.field()), Keys.value(a.field(), null)))
              .where(Keys.equal(s.type, s.key).and(Keys.eq(a.field(), before))),
          s.type.table(),
          () -> "UPDATE of " + s.describe() + " setting " + a.field().getName() + " to NULL",
          1,
          "another transaction deleted the row, or changed " + a.field().getName());
      journal.set(a, s.entity, null);
      s.columnCleared(release.attribute(), journal);
    }
  }

  /**
   * Writes the changed columns of every persistent object, in {@link WriteOrder}. A changed foreign
   * key is written only where the row still holds the old one, so that of two sessions that move
   * the same row, the second finds no row and fails instead of overwriting the first.
   */
  private void update() {
    // Sources first, so that the rows to write are known before they are sorted.
    List<EntityState> rows = new ArrayList<>();
    for (EntityState s : plan.changed) {
      applySources(s);
      if (s.isChanged()) {
        rows.add(s);
      }
    }
    rows.sort(WriteOrder.ROWS);
    for (EntityState s : rows) {
      Map<Field<?>, Field<?>> changed = new LinkedHashMap<>();
      Condition where = Keys.equal(s.type, s.key);
      List<String> guarded = new ArrayList<>();
      List<Attribute<Object, ?>> attributes = s.type.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        Attribute<Object, ?> a = attributes.get(i);
        Object now = a.get(s.entity);
        if (a.isGenerated() && s.isChanged(i, now)) {
          GeneratedValues.refuseChange(s, a);
        }
        if (!a.isId() && !a.isGenerated() && s.isChanged(i, now)) {
          changed.put(Keys.unqualified(a.field()), Keys.value(a.field(), now));
          if (a.isForeignKey()) {
            where = where.and(Keys.eq(a.field(), s.snapshot[i]));
            guarded.add(a.field().getName());
          }
        }
      }
      if (!changed.isEmpty()) {
        String missing =
            "another transaction deleted the row"
                + (guarded.isEmpty()
                    ? ""
                    : ", or changed " + guarded + " since this session read it");
        Supplier<String> what = () -> "UPDATE of " + s.describe() + " in " + quoted(s.type.table());
        if (s.type.generated().isEmpty()) {
          Failures.execute(
              dsl.update(s.type.table()).set(changed).where(where),
              s.type.table(),
              what,
              1,
              missing);
        } else if (GeneratedValues.returning(dsl)) {
          Record r =
              Failures.fetchOne(
                  dsl.update(s.type.table())
                      .set(changed)
                      .where(where)
                      .returningResult(GeneratedValues.fields(s.type, false)),
                  s.type.table(),
                  what,
                  missing);
          GeneratedValues.store(journal, s, r, 0);
        } else {
          Failures.execute(
              dsl.update(s.type.table()).set(changed).where(where),
              s.type.table(),
              what,
              1,
              missing);
          GeneratedValues.select(dsl, journal, s);
        }
      }
    }
  }

  /** Points each foreign key of {@code s} at what its relationships say, journaling the change. */
  private void applySources(EntityState s) {
    Map<Attribute<?, ?>, Object> own = plan.sources.get(s);
    if (own != null) {
      for (Map.Entry<Attribute<?, ?>, Object> e : own.entrySet()) {
        Object value = plan.resolve(e.getValue());
        if (value == null && e.getValue() != FlushPlan.NULL && !plan.isDeleted(e.getValue())) {
          throw new ObjectStateException(
              s.describe()
                  + " references "
                  + plan.session.stateOf(e.getValue()).describe()
                  + ", which has no id yet");
        }
        journal.set(e.getKey(), s.entity, value);
      }
    }
  }

  // ---- deleted rows: what references them, then the rows ----

  /**
   * Clears what references the rows about to be deleted, as the plan decided: one UPDATE per
   * foreign key sets the remaining children's keys to NULL, and one DELETE per association table
   * removes the links.
   */
  private void clearReferencesToDeleted() {
    for (Map.Entry<Attribute<?, ?>, List<Object>> e : plan.keysToNull.entrySet()) {
      Attribute<?, ?> fk = e.getKey();
      Table<Record> table = tableOf(fk);
      for (List<Object> chunk : chunks(distinct(e.getValue()), 1)) {
        Failures.execute(
            dsl.update(table)
                .set(Map.of(Keys.unqualified(fk.field()), Keys.value(fk.field(), null)))
                .where(Keys.in(fk.field(), chunk)),
            table,
            () ->
                "UPDATE of "
                    + quoted(table)
                    + " setting "
                    + fk.field().getName()
                    + " to NULL where it is "
                    + Failures.sample(chunk),
            -1,
            null);
      }
    }
    for (Map.Entry<Table<Record>, Map<Field<?>, List<Object>>> e : plan.linksToClear.entrySet()) {
      // One statement per table, unless its ids would exceed the bind limit.
      Table<Record> table = e.getKey();
      List<LinkEnd> ends = new ArrayList<>();
      for (Map.Entry<Field<?>, List<Object>> column : e.getValue().entrySet()) {
        for (Object id : distinct(column.getValue())) {
          ends.add(new LinkEnd(column.getKey(), id));
        }
      }
      for (List<LinkEnd> chunk : chunks(ends, 1)) {
        Map<Field<?>, List<Object>> byColumn = new LinkedHashMap<>();
        for (LinkEnd end : chunk) {
          byColumn.computeIfAbsent(end.column(), c -> new ArrayList<>()).add(end.id());
        }
        List<Condition> any = new ArrayList<>();
        byColumn.forEach((column, ids) -> any.add(Keys.in(column, ids)));
        Failures.execute(
            dsl.deleteFrom(table).where(DSL.or(any)),
            table,
            () ->
                "DELETE from "
                    + quoted(table)
                    + " of the links of "
                    + chunk.size()
                    + " deleted rows",
            -1,
            null);
      }
    }
  }

  /** A deleted row's id in one column of an association table: its links there go. */
  private record LinkEnd(Field<?> column, Object id) {}

  /** Sets to NULL the keys by which rows to delete reference each other in a cycle. */
  private void breakCycles() {
    for (Map.Entry<Attribute<Object, ?>, List<EntityState>> e : plan.cycleBreaks.entrySet()) {
      Attribute<Object, ?> fk = e.getKey();
      EntityType<Object> type = e.getValue().get(0).type;
      List<EntityState> rows = new ArrayList<>(e.getValue());
      rows.sort(WriteOrder.ROWS);
      for (List<EntityState> chunk : chunks(rows, type.ids().size())) {
        List<Object> keys = new ArrayList<>(chunk.size());
        for (EntityState s : chunk) {
          keys.add(s.key);
        }
        Failures.execute(
            dsl.update(type.table())
                .set(Map.of(Keys.unqualified(fk.field()), Keys.value(fk.field(), null)))
                .where(Keys.in(type, keys)),
            type.table(),
            () ->
                "UPDATE of "
                    + quoted(type.table())
                    + " setting "
                    + fk.field().getName()
                    + " to NULL, to break a cycle of rows to delete: "
                    + Failures.sample(keys),
            keys.size(),
            GONE);
      }
    }
  }

  private static Table<Record> tableOf(Attribute<?, ?> a) {
    return EntityType.of(a.declaringType()).table();
  }

  private void delete(List<EntityState> wave) {
    for (List<EntityState> group : byType(wave).values()) {
      group.sort(WriteOrder.ROWS);
      EntityType<Object> type = group.get(0).type;
      // A row that ON DELETE CASCADE may have taken already is not missed when it is gone.
      int expected = deletedByDatabase(type) ? -1 : 0;
      for (List<EntityState> chunk : chunks(group, type.ids().size())) {
        List<Object> keys = new ArrayList<>(chunk.size());
        for (EntityState s : chunk) {
          keys.add(s.key);
        }
        Failures.execute(
            dsl.deleteFrom(type.table()).where(Keys.in(type, keys)),
            type.table(),
            () ->
                "DELETE from "
                    + quoted(type.table())
                    + " of "
                    + type.javaType().getSimpleName()
                    + " "
                    + Failures.sample(keys),
            expected < 0 ? -1 : keys.size(),
            GONE);
      }
    }
  }

  private static boolean deletedByDatabase(EntityType<?> type) {
    for (Attribute<?, ?> a : type.attributes()) {
      if (a.isForeignKey() && a.onDelete() == OnDelete.CASCADE) {
        return true;
      }
    }
    return false;
  }

  // ---- helpers ----

  /** Rows grouped by entity type, the types in table-name order. */
  private static Map<EntityType<Object>, List<EntityState>> byType(List<EntityState> rows) {
    Map<EntityType<Object>, List<EntityState>> groups =
        new TreeMap<>(Comparator.comparing(t -> WriteOrder.tableName(t.table())));
    for (EntityState s : rows) {
      groups.computeIfAbsent(s.type, t -> new ArrayList<>()).add(s);
    }
    return groups;
  }

  /** Rows in chunks of at most as many rows as the bind limit allows at {@code bindsPerRow}. */
  private <T> List<List<T>> chunks(List<T> rows, int bindsPerRow) {
    return chunks(rows, bindsPerRow, maxBinds);
  }

  /** Rows in chunks of at most as many rows as {@code maxBinds} allows at {@code bindsPerRow}. */
  static <T> List<List<T>> chunks(List<T> rows, int bindsPerRow, int maxBinds) {
    int size = Math.max(1, maxBinds / Math.max(1, bindsPerRow));
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += size) {
      chunks.add(rows.subList(i, Math.min(rows.size(), i + size)));
    }
    return chunks;
  }

  private static List<Object> distinct(Collection<Object> values) {
    List<Object> result = new ArrayList<>(new LinkedHashSet<>(values));
    result.sort(WriteOrder::compareKeys);
    return result;
  }

  private static String describe(List<EntityState> rows) {
    List<String> names = new ArrayList<>(rows.size());
    for (EntityState s : rows) {
      names.add(s.describe());
    }
    return Failures.sample(names);
  }

  static String quoted(Table<?> table) {
    return "\"" + table.getName() + "\"";
  }
}
