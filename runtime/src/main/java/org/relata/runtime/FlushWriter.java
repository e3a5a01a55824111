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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * Issues a {@link FlushPlan}'s statements through jOOQ, in dependency order: entity INSERTs
 * parents first, UPDATEs of changed columns, association-row DELETEs and INSERTs, the set-based
 * clean-up for deleted rows, and entity DELETEs children first. Inserts and deletes are batched
 * into multi-row statements that stay within the driver's bind limit.
 */
final class FlushWriter {
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
    for (List<EntityState> wave : plan.insertLevels) {
      insert(wave);
    }
    update();
    writeLinks();
    clearReferencesToDeleted();
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
          insertReturningId(s);
        } else {
          requireId(s);
          batch.add(s);
        }
        inserted.add(s);
      }
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
            "Cannot insert " + s.describe() + ": its id " + id + " is null and no relationship sets it");
      }
    }
  }

  private void insertReturningId(EntityState s) {
    Attribute<Object, ?> id = s.type.ids().get(0);
    List<Field<?>> fields = new ArrayList<>();
    List<Field<?>> values = new ArrayList<>();
    for (Attribute<Object, ?> a : s.type.attributes()) {
      if (a != id) {
        fields.add(Keys.unqualified(a.field()));
        values.add(Keys.value(a.field(), a.get(s.entity)));
      }
    }
    Record r =
        fields.isEmpty()
            ? dsl.insertInto(s.type.table()).defaultValues().returningResult(id.field()).fetchOne()
            : dsl.insertInto(s.type.table(), fields).values(values).returningResult(id.field()).fetchOne();
    if (r == null || r.get(0) == null) {
      throw new RelataException("The database returned no generated id for " + s.describe());
    }
    journal.set(id, s.entity, id.field().getDataType().convert(r.get(0)));
    generated.add(s);
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
      dsl.insertInto(type.table(), fields).valuesOfRows(values).execute();
    }
  }

  // ---- updates ----

  /** Writes the changed columns of every persistent object, ordered by table and key. */
  private void update() {
    List<EntityState> rows = new ArrayList<>();
    for (EntityState s : plan.live) {
      if (s.isPersistent()) {
        rows.add(s);
      }
    }
    rows.sort(byTypeThenKey(rows));
    for (EntityState s : rows) {
      applySources(s);
      Map<Field<?>, Field<?>> changed = new LinkedHashMap<>();
      List<Attribute<Object, ?>> attributes = s.type.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        Attribute<Object, ?> a = attributes.get(i);
        Object now = a.get(s.entity);
        if (!a.isId() && s.isChanged(i, now)) {
          changed.put(Keys.unqualified(a.field()), Keys.value(a.field(), now));
        }
      }
      if (!changed.isEmpty()) {
        dsl.update(s.type.table()).set(changed).where(Keys.equal(s.type, s.key)).execute();
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
              s.describe() + " references " + plan.session.stateOf(e.getValue()).describe()
                  + ", which has no id yet");
        }
        journal.set(e.getKey(), s.entity, value);
      }
    }
  }

  // ---- association rows ----

  private void writeLinks() {
    for (Map.Entry<Table<Record>, List<LinkDiff.Link>> e : plan.links.deletes().entrySet()) {
      List<LinkDiff.Link> links = live(e.getValue());
      if (links.isEmpty()) {
        continue;
      }
      LinkDiff.Link first = links.get(0);
      for (List<LinkDiff.Link> chunk : chunks(links, 2)) {
        List<List<?>> rows = new ArrayList<>(chunk.size());
        for (LinkDiff.Link l : chunk) {
          rows.add(List.of(idOf(l.first), idOf(l.second)));
        }
        dsl.deleteFrom(e.getKey())
            .where(Keys.rowIn(List.of(first.firstColumn, first.secondColumn), rows))
            .execute();
      }
    }
    for (Map.Entry<Table<Record>, List<LinkDiff.Link>> e : plan.links.inserts().entrySet()) {
      List<LinkDiff.Link> links = live(e.getValue());
      if (links.isEmpty()) {
        continue;
      }
      LinkDiff.Link first = links.get(0);
      for (List<LinkDiff.Link> chunk : chunks(links, 2)) {
        List<RowN> values = new ArrayList<>(chunk.size());
        for (LinkDiff.Link l : chunk) {
          values.add(
              DSL.row(new Field<?>[] {
                Keys.value(l.firstColumn, idOf(l.first)), Keys.value(l.secondColumn, idOf(l.second))
              }));
        }
        dsl.insertInto(e.getKey(), List.of(Keys.unqualified(first.firstColumn), Keys.unqualified(first.secondColumn)))
            .valuesOfRows(values)
            .execute();
      }
    }
  }

  /** The links whose two ends both stay; a deleted end's rows go with one set-based DELETE. */
  private List<LinkDiff.Link> live(List<LinkDiff.Link> links) {
    List<LinkDiff.Link> result = new ArrayList<>(links.size());
    for (LinkDiff.Link l : links) {
      if (!plan.isDeleted(l.first) && !plan.isDeleted(l.second)) {
        result.add(l);
      }
    }
    return result;
  }

  private Object idOf(Object entity) {
    EntityState s = plan.session.stateOf(entity);
    Object id = s.type.ids().get(0).get(entity);
    if (id == null) {
      throw new ObjectStateException("Cannot link " + s.describe() + ": it has no id");
    }
    return id;
  }

  // ---- deleted rows: what references them, then the rows ----

  /**
   * Clears what references the rows about to be deleted, without loading anything: one UPDATE per
   * foreign key sets the children's keys to NULL (unless a DELETE cascade took the children, or
   * {@code passiveDeletes} leaves it to the database), and one DELETE per association table
   * removes the links.
   */
  private void clearReferencesToDeleted() {
    Map<Attribute<?, ?>, List<Object>> nulls = new LinkedHashMap<>();
    Map<Table<Record>, Map<Field<?>, List<Object>>> links = new LinkedHashMap<>();
    for (List<EntityState> wave : plan.deleteLevels) {
      for (EntityState s : wave) {
        Object id = s.type.ids().size() == 1 ? s.key : null;
        for (Relationship<Object, ?> r : s.type.relationships()) {
          if (r.viewonly() || r.passiveDeletes() || id == null) {
            continue;
          }
          if (r.join() instanceof Join.SecondaryJoin sj) {
            links.computeIfAbsent(sj.table(), t -> new LinkedHashMap<>())
                .computeIfAbsent(sj.ownerColumn(), c -> new ArrayList<>())
                .add(id);
          } else if (r.join() instanceof Join.ForeignKeyJoin fk
              && !fk.ownerHoldsKey()
              && !r.cascades(Cascade.DELETE)) {
            nulls.computeIfAbsent(fk.foreignKey(), a -> new ArrayList<>()).add(id);
          }
        }
      }
    }
    for (Map.Entry<Attribute<?, ?>, List<Object>> e : nulls.entrySet()) {
      Attribute<?, ?> fk = e.getKey();
      Table<Record> table = EntityType.of(fk.declaringType()).table();
      for (List<Object> chunk : chunks(distinct(e.getValue()), 1)) {
        dsl.update(table)
            .set(Map.of(Keys.unqualified(fk.field()), Keys.value(fk.field(), null)))
            .where(Keys.in(fk.field(), chunk))
            .execute();
      }
    }
    for (Map.Entry<Table<Record>, Map<Field<?>, List<Object>>> e : links.entrySet()) {
      Condition c = DSL.falseCondition();
      for (Map.Entry<Field<?>, List<Object>> column : e.getValue().entrySet()) {
        c = c.or(Keys.in(column.getKey(), distinct(column.getValue())));
      }
      dsl.deleteFrom(e.getKey()).where(c).execute();
    }
  }

  private void delete(List<EntityState> wave) {
    for (List<EntityState> group : byType(wave).values()) {
      group.sort(byTypeThenKey(group));
      EntityType<Object> type = group.get(0).type;
      for (List<EntityState> chunk : chunks(group, type.ids().size())) {
        List<Object> keys = new ArrayList<>(chunk.size());
        for (EntityState s : chunk) {
          keys.add(s.key);
        }
        dsl.deleteFrom(type.table()).where(Keys.in(type, keys)).execute();
      }
    }
  }

  // ---- helpers ----

  private static Map<EntityType<Object>, List<EntityState>> byType(List<EntityState> rows) {
    Map<EntityType<Object>, List<EntityState>> groups = new LinkedHashMap<>();
    for (EntityState s : rows) {
      groups.computeIfAbsent(s.type, t -> new ArrayList<>()).add(s);
    }
    return groups;
  }

  /** Rows in chunks of at most as many rows as the bind limit allows at {@code bindsPerRow}. */
  private <T> List<List<T>> chunks(List<T> rows, int bindsPerRow) {
    int size = Math.max(1, maxBinds / Math.max(1, bindsPerRow));
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += size) {
      chunks.add(rows.subList(i, Math.min(rows.size(), i + size)));
    }
    return chunks;
  }

  private static List<Object> distinct(Collection<Object> values) {
    return new ArrayList<>(new LinkedHashSet<>(values));
  }

  /** Tables in the order they first appear, then keys ascending: every flush locks rows alike. */
  private static Comparator<EntityState> byTypeThenKey(List<EntityState> rows) {
    Map<EntityType<?>, Integer> typeOrder = new LinkedHashMap<>();
    for (EntityState s : rows) {
      typeOrder.putIfAbsent(s.type, typeOrder.size());
    }
    return Comparator.<EntityState>comparingInt(s -> typeOrder.get(s.type))
        .thenComparing(s -> s.key, FlushWriter::compareKeys);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Object a, Object b) {
    List<?> x = Keys.parts(a);
    List<?> y = Keys.parts(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      Object p = x.get(i);
      Object q = y.get(i);
      int c =
          p instanceof Comparable && q != null && p.getClass() == q.getClass()
              ? ((Comparable) p).compareTo(q)
              : String.valueOf(p).compareTo(String.valueOf(q));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
