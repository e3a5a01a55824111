package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.relata.Lazy;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * The {@code Lazy.JOINED} relationships that load together with an entity type, as a tree of LEFT
 * OUTER JOINs: which tables to join under which aliases, the columns to select, the order that
 * keeps each collection sorted, and how to read one row back into objects.
 *
 * <p>The root keeps its table's own name, so that conditions written with the generated {@code
 * ERelations} fields apply to it; every joined table gets an alias of its own, so that a
 * self-referential relationship can join its table again. A relationship is not joined twice along
 * one path, which keeps the tree finite; nor is the scalar reverse of the relationship that reached
 * a node, because loading fills that side from the owner anyway.
 */
final class JoinTree {
  /** One entity of each row: the root, or the target of a joined relationship. */
  static final class Node {
    final int index;
    final EntityType<Object> type;
    final String alias;

    /** The relationship from the parent node; null at the root. */
    final Relationship<Object, Object> via;

    final Node parent;

    /** The position of this entity's first column, counted from the tree's first column. */
    final int offset;

    /** The entity's attributes, in column order, resolved once for every row to come. */
    final Attribute<Object, Object>[] attributes;

    /** The column positions of the key within this entity's columns, in attribute order. */
    final int[] idColumns;

    @SuppressWarnings("unchecked")
    Node(
        int index,
        EntityType<Object> type,
        String alias,
        Relationship<Object, Object> via,
        Node parent,
        int offset) {
      this.index = index;
      this.type = type;
      this.alias = alias;
      this.via = via;
      this.parent = parent;
      this.offset = offset;
      this.attributes =
          (Attribute<Object, Object>[]) type.attributes().toArray(new Attribute<?, ?>[0]);
      int[] ids = new int[type.ids().size()];
      for (int i = 0, k = 0; i < attributes.length; i++) {
        if (attributes[i].isId()) {
          ids[k++] = i;
        }
      }
      this.idColumns = ids;
    }

    /**
     * The identity-map key of this entity in {@code record}, whose columns for it start at {@code
     * start}, equal to what {@link Keys#of} makes of the object; null when a key column is null, as
     * for a LEFT OUTER JOIN that found nothing.
     */
    Object keyIn(Record record, int start) {
      if (idColumns.length == 1) {
        return record.get(start + idColumns[0]);
      }
      Object[] parts = new Object[idColumns.length];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = record.get(start + idColumns[i]);
        if (parts[i] == null) {
          return null;
        }
      }
      return List.of(parts);
    }

    /** {@code field}, one of this entity's columns, qualified by this node's alias. */
    <T> Field<T> column(Field<T> field) {
      return DSL.field(DSL.name(alias, field.getName()), field.getDataType());
    }

    Field<?> id() {
      return column(type.ids().get(0).field());
    }
  }

  private static final Map<EntityType<?>, JoinTree> QUERIES = new ConcurrentHashMap<>();
  private static final Map<List<Object>, JoinTree> OPTION_QUERIES = new ConcurrentHashMap<>();
  private static final Map<Relationship<?, ?>, JoinTree> LOADS = new ConcurrentHashMap<>();

  final List<Node> nodes;

  /** What {@link #fields} returns, made once: each query of the tree selects the same columns. */
  private final List<SelectField<?>> fields;

  /** What {@link #orders} returns, made once. */
  private final List<SortField<?>> orders;

  private JoinTree(List<Node> nodes) {
    this.nodes = Collections.unmodifiableList(nodes);
    List<SelectField<?>> columns = new ArrayList<>();
    for (Node n : nodes) {
      for (Attribute<Object, ?> a : n.type.attributes()) {
        columns.add(n.column(a.field()));
      }
    }
    this.fields = List.copyOf(columns);
    List<SortField<?>> sorts = new ArrayList<>();
    for (Node n : nodes.subList(1, nodes.size())) {
      if (n.via.isCollection()) {
        sorts.addAll(orderBy(n, n.via.orderBy()));
      }
    }
    this.orders = List.copyOf(sorts);
  }

  /** The tree of a query of {@code type}; the metamodel never changes, so it is built once. */
  static JoinTree forQuery(EntityType<?> type) {
    return QUERIES.computeIfAbsent(type, t -> of(t, null, List.of()));
  }

  /**
   * The tree of a query of {@code type} that also joins {@code joined}, relationships of the root,
   * whatever their own {@code lazy}; built once per combination.
   */
  static JoinTree forQuery(EntityType<?> type, List<Relationship<?, ?>> joined) {
    if (joined.isEmpty()) {
      return forQuery(type);
    }
    List<Object> key = new ArrayList<>(joined.size() + 1);
    key.add(type);
    key.addAll(joined);
    return OPTION_QUERIES.computeIfAbsent(key, k -> of(type, null, joined));
  }

  /** The tree of the targets of {@code r} when they load as the relationship of their owners. */
  static JoinTree forLoad(Relationship<?, ?> r) {
    return LOADS.computeIfAbsent(r, k -> of(EntityType.of(k.targetType()), k, List.of()));
  }

  /**
   * The tree for {@code root}; {@code arrivedVia} is the relationship whose load reads these rows,
   * or null for a query of the root type itself; {@code joined} are root relationships to join
   * whatever their {@code lazy}.
   */
  @SuppressWarnings("unchecked")
  private static JoinTree of(
      EntityType<?> root, Relationship<?, ?> arrivedVia, List<Relationship<?, ?>> joined) {
    List<Node> nodes = new ArrayList<>();
    Node top = new Node(0, (EntityType<Object>) root, root.table().getName(), null, null, 0);
    nodes.add(top);
    grow(top, (Relationship<Object, Object>) arrivedVia, new ArrayList<>(), nodes, joined);
    return new JoinTree(nodes);
  }

  @SuppressWarnings("unchecked")
  private static void grow(
      Node node,
      Relationship<Object, Object> arrivedVia,
      List<Relationship<?, ?>> path,
      List<Node> nodes,
      List<Relationship<?, ?>> joined) {
    for (Relationship<Object, ?> r : node.type.relationships()) {
      boolean join = r.lazy() == Lazy.JOINED || (node.parent == null && joined.contains(r));
      if (!join || path.contains(r)) {
        continue;
      }
      if (arrivedVia != null && r == arrivedVia.reverse() && !r.isCollection()) {
        continue; // filled from the owner when the relationship that reached this node loads
      }
      Node last = nodes.get(nodes.size() - 1);
      EntityType<Object> target = EntityType.of((Class<Object>) r.targetType());
      int index = nodes.size();
      Node child =
          new Node(
              index,
              target,
              target.table().getName() + "_" + index,
              (Relationship<Object, Object>) r,
              node,
              last.offset + last.type.attributes().size());
      nodes.add(child);
      path.add(r);
      grow(child, child.via, path, nodes, List.of());
      path.remove(path.size() - 1);
    }
  }

  boolean hasJoins() {
    return nodes.size() > 1;
  }

  /** How many columns {@link #fields} selects. */
  int width() {
    return fields.size();
  }

  /** The columns of every node, in node order, each entity's in attribute order. */
  List<SelectField<?>> fields() {
    return fields;
  }

  /** {@code from} (the root's table, or a stand-in named like it) with every join of the tree. */
  Table<?> joinedTo(TableLike<?> from) {
    Table<?> t = from.asTable();
    for (Node n : nodes.subList(1, nodes.size())) {
      Table<?> target = n.type.table().as(DSL.name(n.alias));
      Join join = n.via.join();
      if (join instanceof Join.ForeignKeyJoin fk && fk.ownerHoldsKey()) {
        t = t.leftOuterJoin(target).on(same(n.id(), n.parent.column(fk.foreignKey().field())));
      } else if (join instanceof Join.ForeignKeyJoin fk) {
        t = t.leftOuterJoin(target).on(same(n.column(fk.foreignKey().field()), n.parent.id()));
      } else {
        Join.SecondaryJoin s = (Join.SecondaryJoin) join;
        String linkAlias = s.table().getName() + "_" + n.index;
        Field<?> ownerColumn =
            DSL.field(
                DSL.name(linkAlias, s.ownerColumn().getName()), s.ownerColumn().getDataType());
        Field<?> targetColumn =
            DSL.field(
                DSL.name(linkAlias, s.targetColumn().getName()), s.targetColumn().getDataType());
        t =
            t.leftOuterJoin(s.table().as(DSL.name(linkAlias)))
                .on(same(ownerColumn, n.parent.id()))
                .leftOuterJoin(target)
                .on(same(n.id(), targetColumn));
      }
    }
    return t;
  }

  /** The sort fields that keep every joined collection in its {@code orderBy} order. */
  List<SortField<?>> orders() {
    return orders;
  }

  /** A reader of the rows of one statement of this tree, for one load. */
  Reader reader(Loader loader, LoadedLinks links) {
    return new Reader(loader, links);
  }

  /**
   * Reads rows of this tree into objects for one load, with each node's identity-map table looked
   * up once per statement rather than once per row.
   */
  final class Reader {
    private final Loader loader;
    private final LoadedLinks links;
    private final List<Map<Object, EntityState>> rows;

    /** The entities of the row being read, by node; reused from row to row. */
    private final EntityState[] states;

    /** Each node's entity in the previous row: a joined owner repeats on each of its rows. */
    private final EntityState[] previous;

    private Reader(Loader loader, LoadedLinks links) {
      this.loader = loader;
      this.links = links;
      this.rows = new ArrayList<>(Collections.nCopies(nodes.size(), null));
      this.states = new EntityState[nodes.size()];
      this.previous = new EntityState[nodes.size()];
    }

    /**
     * Reads the entities of one row, whose tree columns start at {@code base}, and records each
     * joined target with its owner. Returns the root's object.
     */
    Object read(Record record, int base) {
      EntityState root = materialize(nodes.get(0), record, base);
      if (nodes.size() == 1 || root == null) {
        return root == null ? null : root.entity;
      }
      states[0] = root;
      for (int i = 1; i < states.length; i++) {
        Node n = nodes.get(i);
        EntityState owner = states[n.parent.index];
        if (owner == null) {
          states[i] = null; // no parent in this row, so none of its targets either
          continue;
        }
        EntityState target = materialize(n, record, base + n.offset);
        links.offer(owner, n.via, target == null ? null : target.entity);
        states[i] = target;
      }
      return root.entity;
    }

    private EntityState materialize(Node n, Record record, int offset) {
      EntityState last = previous[n.index];
      if (last != null
          && n.idColumns.length == 1
          && last.key.equals(record.get(offset + n.idColumns[0]))) {
        return last; // the same object as in the previous row, already recorded as read
      }
      EntityState s = lookUp(n, record, offset);
      previous[n.index] = s;
      return s;
    }

    private EntityState lookUp(Node n, Record record, int offset) {
      Map<Object, EntityState> table = rows.get(n.index);
      if (table == null) {
        table = loader.rowsOf(n.type);
        rows.set(n.index, table);
      }
      return loader.materialize(n, table, record, offset, links);
    }
  }

  /**
   * The sort fields of an {@code orderBy} text such as {@code "email DESC, name"}, on {@code node}.
   */
  static List<SortField<?>> orderBy(Node node, String orderBy) {
    List<SortField<?>> fields = new ArrayList<>();
    if (orderBy.isBlank()) {
      return fields;
    }
    for (String part : orderBy.split(",")) {
      String[] words = part.trim().split("\\s+");
      Field<?> column = node.column(columnNamed(node.type, words[0]));
      boolean descending = words.length > 1 && words[1].toUpperCase(Locale.ROOT).equals("DESC");
      fields.add(descending ? column.desc() : column.asc());
    }
    return fields;
  }

  /** The column called {@code name}; the processor has checked that there is one. */
  private static Field<?> columnNamed(EntityType<?> type, String name) {
    for (Attribute<?, ?> a : type.attributes()) {
      if (a.field().getName().equals(name)) {
        return a.field();
      }
    }
    return DSL.field(DSL.name(name));
  }

  @SuppressWarnings("unchecked")
  static Condition same(Field<?> a, Field<?> b) {
    return ((Field<Object>) a).eq((Field<Object>) b);
  }
}
