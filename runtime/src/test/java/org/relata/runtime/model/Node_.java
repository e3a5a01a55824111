package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.Cascade;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;

/** As generated for {@link Node}. */
public final class Node_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("node"));
  public static final Field<Long> ID = DSL.field(DSL.name("node", "id"), SQLDataType.BIGINT);
  public static final Field<String> NAME =
      DSL.field(DSL.name("node", "name"), SQLDataType.VARCHAR(50));
  public static final Field<Long> PARENT_ID =
      DSL.field(DSL.name("node", "parent_id"), SQLDataType.BIGINT);

  public static final Attribute<Node, Long> PARENT_ID_ATTRIBUTE =
      Attribute.of(Node.class, "parentId", PARENT_ID, n -> n.parentId, (n, v) -> n.parentId = v)
          .references(() -> Node_.TYPE, OnDelete.NO_ACTION);

  public static final ScalarRelationship<Node, Node> PARENT =
      ScalarRelationship.builder(
              "parent",
              Node.class,
              Node.class,
              RelationshipKind.MANY_TO_ONE,
              n -> n.parent,
              (n, v) -> n.parent = v)
          .backPopulates(() -> Node_.CHILDREN)
          .join(() -> Join.foreignKey(PARENT_ID_ATTRIBUTE, true))
          .build();

  public static final CollectionRelationship<Node, Node> CHILDREN =
      CollectionRelationship.list(
              "children",
              Node.class,
              Node.class,
              RelationshipKind.ONE_TO_MANY,
              n -> n.children,
              (n, v) -> n.children = v)
          .backPopulates(() -> Node_.PARENT)
          .join(() -> Join.foreignKey(PARENT_ID_ATTRIBUTE, false))
          .cascade(Cascade.ALL)
          .orderBy("name")
          .build();

  public static final EntityType<Node> TYPE =
      EntityType.builder(Node.class, TABLE, Node::new)
          .attribute(Attribute.of(Node.class, "id", ID, n -> n.id, (n, v) -> n.id = v).asId())
          .attribute(Attribute.of(Node.class, "name", NAME, n -> n.name, (n, v) -> n.name = v))
          .attribute(PARENT_ID_ATTRIBUTE)
          .relationship(PARENT)
          .relationship(CHILDREN)
          .build();

  private Node_() {}
}
