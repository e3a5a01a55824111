package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;

/**
 * Reads rows into objects through the identity map, and loads a relationship on first access
 * ({@code Lazy.SELECT}).
 *
 * <p>{@link #materialize} maps the columns of one entity that start at any offset of a record, so
 * that a joined query can map several entities from one row.
 */
final class Loader {
  private final Session session;

  Loader(Session session) {
    this.session = session;
  }

  <E> E get(EntityType<E> type, Object id) {
    Object key = Keys.normalize(type, id);
    EntityState s = session.identityMap.get(type.javaType(), key);
    if (s != null) {
      return s.deleteRequested ? null : type.javaType().cast(s.entity);
    }
    List<E> rows = fetch(type, Keys.equal(type, key), List.of());
    return rows.isEmpty() ? null : rows.get(0);
  }

  <E> List<E> select(EntityType<E> type, Condition condition) {
    return fetch(type, condition, List.of());
  }

  /** The objects of the rows of {@code type} that match {@code where}, in {@code order}. */
  <E> List<E> fetch(EntityType<E> type, Condition where, List<? extends SortField<?>> order) {
    List<Record> rows =
        session.dsl().select(columns(type)).from(type.table()).where(where).orderBy(order).fetch();
    return map(type, rows);
  }

  private <E> List<E> map(EntityType<E> type, List<Record> rows) {
    List<E> result = new ArrayList<>(rows.size());
    for (Record r : rows) {
      result.add(type.javaType().cast(materialize(type, r, 0)));
    }
    return result;
  }

  /** The columns of {@code type}, in attribute order, as {@link #materialize} reads them. */
  static List<SelectField<?>> columns(EntityType<?> type) {
    List<SelectField<?>> fields = new ArrayList<>(type.attributes().size());
    for (Attribute<?, ?> a : type.attributes()) {
      fields.add(a.field());
    }
    return fields;
  }

  /**
   * The object of the row whose columns start at {@code offset}: the one the identity map already
   * holds, unchanged, or a new persistent one whose relationships are all unloaded.
   */
  Object materialize(EntityType<?> type, Record record, int offset) {
    List<? extends Attribute<?, ?>> attributes = type.attributes();
    Object[] values = new Object[attributes.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = record.get(offset + i);
    }
    Object key = Keys.fromValues(type, values);
    EntityState existing = session.identityMap.get(type.javaType(), key);
    if (existing != null) {
      return existing.entity;
    }
    Object entity = type.newInstance();
    for (int i = 0; i < values.length; i++) {
      attributes.get(i).setOn(entity, values[i]);
    }
    EntityState s = new EntityState(session, entity, type, EntityState.Status.PERSISTENT);
    s.snapshot = values;
    s.key = key;
    s.markAllUnloaded();
    session.identityMap.put(s);
    session.register(s);
    return entity;
  }

  /** Loads {@code relationship} of the object of {@code s} with one SELECT, unless memory suffices. */
  @SuppressWarnings("unchecked")
  void load(EntityState s, Relationship<?, ?> relationship) {
    Relationship<Object, Object> r = (Relationship<Object, Object>) relationship;
    EntityType<Object> target = EntityType.of(r.targetType());
    if (r instanceof ScalarRelationship<Object, Object> scalar) {
      Object value = loadScalar(s, r, target);
      scalar.setLoaded(s.entity, value);
      s.markLoaded(r, value);
      fillReverse(r, s.entity, value == null ? List.of() : List.of(value));
    } else {
      List<Object> rows = fetchRelated(s, r, target);
      ((CollectionRelationship<Object, Object>) r).tracked(s.entity).fillLoaded(rows);
      s.markLoaded(r);
      fillReverse(r, s.entity, rows);
    }
  }

  private Object loadScalar(EntityState s, Relationship<Object, Object> r, EntityType<Object> target) {
    if (r.join() instanceof Join.ForeignKeyJoin fk && fk.ownerHoldsKey()) {
      // Many-to-one: the key is at hand, and the identity map may already hold the object.
      Object value = fk.foreignKey().getFrom(s.entity);
      if (value == null) {
        return null;
      }
      Object key = Keys.normalize(target, value);
      EntityState known = session.identityMap.get(target.javaType(), key);
      if (known != null) {
        return known.entity;
      }
      List<Object> rows = fetch(target, Keys.equal(target, key), List.of());
      return rows.isEmpty() ? null : rows.get(0);
    }
    List<Object> rows = fetchRelated(s, r, target);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The rows on the far side of a relationship whose target holds the key or that goes through a table. */
  private List<Object> fetchRelated(EntityState s, Relationship<Object, Object> r, EntityType<Object> target) {
    Object ownerId = s.type.ids().get(0).get(s.entity);
    List<SortField<?>> order = orderBy(target.table(), r.orderBy());
    Join join = r.join();
    if (join instanceof Join.ForeignKeyJoin fk) {
      return fetch(target, Keys.eq(fk.foreignKey().field(), ownerId), order);
    }
    Join.SecondaryJoin secondary = (Join.SecondaryJoin) join;
    Field<?> targetId = target.ids().get(0).field();
    List<Record> rows =
        session.dsl()
            .select(columns(target))
            .from(target.table())
            .join(secondary.table())
            .on(equalFields(secondary.targetColumn(), targetId))
            .where(Keys.eq(secondary.ownerColumn(), ownerId))
            .orderBy(order)
            .fetch();
    return map(target, rows);
  }

  /** Sets the scalar reverse side of each loaded object to the owner, when still unloaded. */
  @SuppressWarnings("unchecked")
  private void fillReverse(Relationship<Object, Object> r, Object owner, List<Object> loaded) {
    if (!(r.reverse() instanceof ScalarRelationship<?, ?> reverse)) {
      return;
    }
    ScalarRelationship<Object, Object> back = (ScalarRelationship<Object, Object>) reverse;
    for (Object t : loaded) {
      EntityState ts = session.stateOf(t);
      if (ts != null && ts.isUnloaded(back)) {
        back.setLoaded(t, owner);
        ts.markLoaded(back, owner);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Condition equalFields(Field<?> a, Field<?> b) {
    return ((Field<Object>) a).eq((Field<Object>) b);
  }

  /** The sort fields of an {@code orderBy} text such as {@code "email DESC, name"}. */
  static List<SortField<?>> orderBy(Table<?> table, String orderBy) {
    List<SortField<?>> fields = new ArrayList<>();
    if (orderBy.isBlank()) {
      return fields;
    }
    for (String part : orderBy.split(",")) {
      String[] words = part.trim().split("\\s+");
      Field<Object> column = DSL.field(table.getQualifiedName().append(words[0]));
      boolean descending = words.length > 1 && words[1].toUpperCase(Locale.ROOT).equals("DESC");
      fields.add(descending ? column.desc() : column.asc());
    }
    return fields;
  }
}
