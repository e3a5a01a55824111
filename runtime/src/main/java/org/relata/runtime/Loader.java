package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jooq.SelectQuery;
import org.jooq.exception.DataAccessException;
import org.relata.Lazy;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Relationship;

/**
 * Reads rows into objects through the identity map, and loads relationships: a {@code Lazy.SELECT}
 * one on first access, {@code Lazy.JOINED} ones in the statement that reads their owners, and
 * {@code Lazy.SELECTIN} ones (and JOINED ones that the statement could not reach) in one batch per
 * relationship after it, level after level, until no new object needs anything.
 */
final class Loader {
  private final Session session;

  /** How many loads this session ran: the stamp of the next {@link LoadedLinks}. */
  private int loads;

  Loader(Session session) {
    this.session = session;
  }

  <E> E get(EntityType<E> type, Object id) {
    Object key = Keys.normalize(type, id);
    EntityState s = session.identityMap.get(type.javaType(), key);
    if (s == null) {
      session.autoflush();
      s = session.identityMap.get(type.javaType(), key);
    }
    if (s != null && (s.deleteRequested || !s.columnsExpired())) {
      return s.deleteRequested ? null : type.javaType().cast(s.entity);
    }
    List<E> rows = query(type, Keys.equal(type, key), List.of(), null, null);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** As the query below, with no load options beyond the relationships' own {@code lazy}. */
  <E> List<E> query(
      EntityType<E> type,
      Condition where,
      List<? extends OrderField<?>> order,
      Integer limit,
      Integer offset) {
    return query(type, where, order, limit, offset, LoadOptions.NONE);
  }

  /**
   * The objects of the rows of {@code type} that match {@code where}, in {@code order}, each once,
   * with their eager relationships loaded, and those that {@code options} name; objects deleted in
   * the session are left out.
   */
  <E> List<E> query(
      EntityType<E> type,
      Condition where,
      List<? extends OrderField<?>> order,
      Integer limit,
      Integer offset,
      LoadOptions options) {
    JoinTree tree = JoinTree.forQuery(type, options.joined());
    SelectQuery<Record> select = session.dsl().selectQuery();
    select.addSelect(tree.fields());
    boolean paged = limit != null || offset != null;
    if (paged && tree.hasJoins()) {
      // Joined collections multiply the rows, so the page is cut from the owners alone, in a
      // derived table named like the owners' table, so that the order still refers to it.
      SelectQuery<Record> page = session.dsl().selectQuery();
      page.addSelect(columns(type));
      page.addFrom(type.table());
      page.addConditions(where);
      page.addOrderBy(order);
      limit(page, limit, offset);
      select.addFrom(tree.joinedTo(page.asTable(type.table().getName())));
    } else {
      select.addFrom(tree.joinedTo(type.table()));
      select.addConditions(where);
      if (paged) {
        limit(select, limit, offset);
      }
    }
    select.addOrderBy(order);
    select.addOrderBy(tree.orders());
    LoadedLinks links = newLinks();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<E> result = new ArrayList<>();
    Object last = null;
    JoinTree.Reader reader = tree.reader(this, links);
    for (Record r : fetch(select)) {
      Object root = reader.read(r, 0);
      // The rows of one owner's joined collection come one after another: look it up once.
      if (root != last && seen.add(root)) {
        result.add(type.javaType().cast(root));
      }
      last = root;
    }
    links.install();
    List<EntityState> read = new ArrayList<>(links.read);
    for (Relationship<?, ?> r : options.selectin()) {
      read.addAll(loadAll(result, r));
    }
    loadEager(read);
    result.removeIf(
        e -> {
          EntityState s = session.stateOf(e);
          return s != null && s.deleteRequested;
        });
    return result;
  }

  /**
   * Runs a load's SELECT; a mapped column or table that the database lacks is reported with the
   * entity and field (a {@link SchemaMismatchException}), not as jOOQ's raw error.
   */
  static Result<Record> fetch(SelectQuery<Record> select) {
    try {
      return select.fetch();
    } catch (DataAccessException e) {
      SchemaMismatchException missing = DatabaseErrors.missing(e);
      throw missing == null ? e : missing;
    }
  }

  /**
   * Loads {@code r} of those of {@code owners} where it is unloaded, with one batch; returns the
   * objects the batch read.
   */
  @SuppressWarnings("unchecked")
  private List<EntityState> loadAll(List<?> owners, Relationship<?, ?> r) {
    List<EntityState> unloaded = new ArrayList<>();
    for (Object o : owners) {
      EntityState s = session.stateOf(o);
      if (s != null && s.isUnloaded(r)) {
        unloaded.add(s);
      }
    }
    if (unloaded.isEmpty()) {
      return List.of();
    }
    LoadedLinks links = newLinks();
    new BatchLoad(this, session, (Relationship<Object, Object>) r).load(unloaded, links);
    links.install();
    return links.read;
  }

  private static void limit(SelectQuery<Record> select, Integer limit, Integer offset) {
    if (limit != null) {
      select.addLimit(limit);
    }
    if (offset != null) {
      select.addOffset(offset);
    }
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
   * holds, unchanged, or a new persistent one whose relationships are all unloaded. Null when the
   * key columns are null, as for a LEFT OUTER JOIN that found nothing.
   */
  EntityState materialize(
      JoinTree.Node node,
      Map<Object, EntityState> rows,
      Record record,
      int offset,
      LoadedLinks links) {
    Object key = node.keyIn(record, offset);
    if (key == null) {
      return null;
    }
    EntityType<Object> type = node.type;
    EntityState s = rows.get(key);
    if (s == null) {
      // Only a row new to the session is read whole: a joined owner repeats on every row.
      Attribute<Object, Object>[] attributes = node.attributes;
      Object[] values = new Object[attributes.length];
      Object entity = type.newInstance();
      for (int i = 0; i < values.length; i++) {
        values[i] = record.get(offset + i);
        // The generated setter checks the value's type itself, as setOn would.
        attributes[i].set(entity, values[i]);
      }
      s = EntityState.read(session, entity, type, values, key);
      rows.put(key, s);
      session.register(s);
    } else if (s.columnsExpired()) {
      Expiry.reread(s, node.attributes, record, offset);
    }
    links.read(s);
    return s;
  }

  /** The identity-map table of {@code type}, for {@link #materialize}. */
  Map<Object, EntityState> rowsOf(EntityType<?> type) {
    return session.identityMap.rowsOf(type.javaType());
  }

  /** A record of a new load; its stamp tells apart the objects it has already seen. */
  LoadedLinks newLinks() {
    return new LoadedLinks(++loads);
  }

  /**
   * Loads {@code relationship} of the object of {@code s} on its first access ({@code
   * Lazy.SELECT}).
   */
  @SuppressWarnings("unchecked")
  void load(EntityState s, Relationship<?, ?> relationship) {
    LoadedLinks links = newLinks();
    new BatchLoad(this, session, (Relationship<Object, Object>) relationship)
        .load(List.of(s), links);
    links.install();
    loadEager(links.read);
  }

  /**
   * Loads the eager relationships that are still unloaded on {@code states}, and then on the
   * objects those loads read, one batch per relationship and level: a tree of any depth takes one
   * statement per level, never one per object.
   */
  @SuppressWarnings("unchecked")
  private void loadEager(Collection<EntityState> states) {
    Map<Relationship<Object, Object>, Set<EntityState>> due = new LinkedHashMap<>();
    collectEager(states, due);
    while (!due.isEmpty()) {
      Iterator<Map.Entry<Relationship<Object, Object>, Set<EntityState>>> it =
          due.entrySet().iterator();
      Map.Entry<Relationship<Object, Object>, Set<EntityState>> next = it.next();
      it.remove();
      List<EntityState> owners = new ArrayList<>();
      for (EntityState s : next.getValue()) {
        if (s.isUnloaded(next.getKey())) {
          owners.add(s); // unless an earlier batch filled it as the reverse of its own
        }
      }
      if (owners.isEmpty()) {
        continue;
      }
      LoadedLinks links = newLinks();
      new BatchLoad(this, session, next.getKey()).load(owners, links);
      links.install();
      collectEager(links.read, due);
    }
  }

  @SuppressWarnings("unchecked")
  private static void collectEager(
      Collection<EntityState> states, Map<Relationship<Object, Object>, Set<EntityState>> due) {
    for (EntityState s : states) {
      List<Relationship<Object, ?>> relationships = s.type.relationships();
      for (int i = 0; i < relationships.size(); i++) {
        Relationship<Object, ?> r = relationships.get(i);
        if (r.lazy() != Lazy.SELECT && s.needsLoad(i)) {
          due.computeIfAbsent((Relationship<Object, Object>) r, k -> new LinkedHashSet<>()).add(s);
        }
      }
    }
  }
}
