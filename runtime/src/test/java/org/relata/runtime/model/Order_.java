package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;

/** As generated for {@link Order}. */
public final class Order_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("order"));
  public static final Field<Long> ID = DSL.field(DSL.name("order", "id"), SQLDataType.BIGINT);
  public static final Field<String> CODE =
      DSL.field(DSL.name("order", "code"), SQLDataType.VARCHAR(20));

  public static final CollectionRelationship<Order, OrderLine> LINES =
      CollectionRelationship.list(
              "lines",
              Order.class,
              OrderLine.class,
              RelationshipKind.ONE_TO_MANY,
              o -> o.lines,
              (o, v) -> o.lines = v)
          .backPopulates(() -> OrderLine_.ORDER)
          .join(() -> Join.foreignKey(OrderLine_.ORDER_ID_ATTRIBUTE, false))
          .cascade(Cascade.ALL, Cascade.DELETE_ORPHAN)
          .orderBy("product DESC")
          .build();

  public static final EntityType<Order> TYPE =
      EntityType.builder(Order.class, TABLE, Order::new)
          .attribute(Attribute.of(Order.class, "id", ID, o -> o.id, (o, v) -> o.id = v).asId())
          .attribute(Attribute.of(Order.class, "code", CODE, o -> o.code, (o, v) -> o.code = v))
          .relationship(LINES)
          .build();

  private Order_() {}
}
