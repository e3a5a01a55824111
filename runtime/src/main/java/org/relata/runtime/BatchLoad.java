package org.relata.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectQuery;
import org.jooq.Table;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * Loads one relationship for a batch of owners with {@code WHERE key IN (...)}, in chunks that stay
 * within the bind limit: a lazy load is a batch of one, a {@code SELECTIN} load the batch of every
 * owner a load read. The target's own {@code JOINED} relationships come in the same statement.
 */
final class BatchLoad {
  /** Owner keys per statement, as SQLAlchemy's selectin loader also caps them. */
  static final int MAX_KEYS = 1000;

  private final Loader loader;
  private final Session session;
  private final Relationship<Object, Object> r;
  private final EntityType<Object> target;

  BatchLoad(Loader loader, Session session, Relationship<Object, Object> r) {
    this.loader = loader;
    this.session = session;
    this.r = r;
    this.target = EntityType.of(r.targetType());
  }

  /** Reads {@code r} of every owner, all unloaded, into {@code links}. */
  void load(List<EntityState> owners, LoadedLinks links) {
    if (r.join() instanceof Join.ForeignKeyJoin fk && fk.ownerHoldsKey()) {
      loadManyToOne(owners, fk, links);
    } else {
      loadByOwnerKey(owners, links);
    }
  }

  /**
   * Many-to-one: the owners hold the keys, and the identity map may already hold their targets;
   * only the others are read, by id.
   */
  private void loadManyToOne(List<EntityState> owners, Join.ForeignKeyJoin fk, LoadedLinks links) {
    Map<Object, List<EntityState>> missing = new LinkedHashMap<>();
    for (EntityState s : owners) {
      links.expect(s, r);
      Object value = fk.foreignKey().getFrom(s.entity);
      if (value == null) {
        continue;
      }
      Object key = Keys.normalize(target, value);
      EntityState known = session.identityMap.get(target.javaType(), key);
      if (known != null) {
        links.add(s, r, known.entity);
      } else {
        missing.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    JoinTree tree = JoinTree.forLoad(r);
    Field<?> id = tree.nodes.get(0).id();
    for (List<Object> chunk : chunks(new ArrayList<>(missing.keySet()))) {
      SelectQuery<Record> select = select(tree, List.of());
      select.addFrom(tree.joinedTo(target.table()));
      select.addConditions(in(id, chunk));
      select.addOrderBy(tree.orders());
      JoinTree.Reader reader = tree.reader(loader, links);
      for (Record row : Loader.fetch(select)) {
        reader.read(row, 0);
      }
    }
    for (Map.Entry<Object, List<EntityState>> e : missing.entrySet()) {
      EntityState found = session.identityMap.get(target.javaType(), e.getKey());
      if (found != null) {
        for (EntityState s : e.getValue()) {
          links.add(s, r, found.entity);
        }
      }
    }
  }

  /**
   * One-to-many, one-to-one and many-to-many: the targets (or the association rows) hold the
   * owners' keys, so that each row finds its owner. A target's own foreign key is among its
   * columns; an association row's is selected first.
   */
  private void loadByOwnerKey(List<EntityState> owners, LoadedLinks links) {
    EntityType<Object> ownerType = owners.get(0).type;
    Map<Object, EntityState> byKey = new LinkedHashMap<>();
    for (EntityState s : owners) {
      links.expect(s, r);
      byKey.put(Keys.normalize(ownerType, ownerType.ids().get(0).get(s.entity)), s);
    }
    JoinTree tree = JoinTree.forLoad(r);
    JoinTree.Node root = tree.nodes.get(0);
    Field<?> ownerKey;
    int keyIndex;
    Table<?> from = target.table();
    List<Field<?>> leading;
    if (r.join() instanceof Join.ForeignKeyJoin fk) {
      ownerKey = root.column(fk.foreignKey().field());
      keyIndex = target.attributes().indexOf(target.attribute(fk.foreignKey().field()));
      leading = List.of();
    } else {
      Join.SecondaryJoin s = (Join.SecondaryJoin) r.join();
      ownerKey = s.ownerColumn();
      keyIndex = 0;
      leading = List.of(ownerKey);
      from = from.join(s.table()).on(JoinTree.same(s.targetColumn(), root.id()));
    }
    for (List<Object> chunk : chunks(new ArrayList<>(byKey.keySet()))) {
      SelectQuery<Record> select = select(tree, leading);
      select.addFrom(tree.joinedTo(from));
      select.addConditions(in(ownerKey, chunk));
      select.addOrderBy(JoinTree.orderBy(root, r.orderBy()));
      select.addOrderBy(tree.orders());
      JoinTree.Reader reader = tree.reader(loader, links);
      for (Record row : Loader.fetch(select)) {
        Object key = row.get(keyIndex);
        EntityState owner = key == null ? null : byKey.get(key);
        if (owner == null && key != null) {
          owner =
              byKey.get(
                  Keys.normalize(ownerType, key)); // a column of another Java type than the id
        }
        Object t = reader.read(row, leading.size());
        if (owner != null) {
          links.add(owner, r, t);
        }
      }
    }
  }

  /**
   * The rows whose {@code key} is one of {@code keys}: {@code key = ?} for one key, as a lazy load
   * of one owner reads best; else {@code key = ANY(?)} with the keys bound as one array where the
   * database takes one (see {@link KeyArrays}), and {@code key IN (?, ...)} elsewhere.
   */
  private Condition in(Field<?> key, List<Object> keys) {
    if (keys.size() == 1) {
      return Keys.eq(key, keys.get(0));
    }
    Condition any = KeyArrays.anyOf(session.dsl().dialect(), key, keys);
    return any != null ? any : Keys.in(key, keys);
  }

  private SelectQuery<Record> select(JoinTree tree, List<Field<?>> leading) {
    SelectQuery<Record> select = session.dsl().selectQuery();
    List<SelectField<?>> fields = new ArrayList<>(leading);
    fields.addAll(tree.fields());
    select.addSelect(fields);
    return select;
  }

  private List<List<Object>> chunks(List<Object> keys) {
    int size = Math.max(1, Math.min(MAX_KEYS, session.maxBindsPerStatement));
    List<List<Object>> chunks = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += size) {
      chunks.add(keys.subList(i, Math.min(keys.size(), i + size)));
    }
    return chunks;
  }
}
