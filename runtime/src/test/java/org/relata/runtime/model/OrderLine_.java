package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;

/** As generated for {@link OrderLine}. */
public final class OrderLine_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("order_line"));
  public static final Field<Long> ID = DSL.field(DSL.name("order_line", "id"), SQLDataType.BIGINT);
  public static final Field<String> PRODUCT =
      DSL.field(DSL.name("order_line", "product"), SQLDataType.VARCHAR(50));
  public static final Field<Long> ORDER_ID =
      DSL.field(DSL.name("order_line", "order_id"), SQLDataType.BIGINT);

  public static final Attribute<OrderLine, Long> ORDER_ID_ATTRIBUTE =
      Attribute.of(OrderLine.class, "orderId", ORDER_ID, l -> l.orderId, (l, v) -> l.orderId = v)
          .references(() -> Order_.TYPE, OnDelete.NO_ACTION);

  public static final ScalarRelationship<OrderLine, Order> ORDER =
      ScalarRelationship.builder(
              "order",
              OrderLine.class,
              Order.class,
              RelationshipKind.MANY_TO_ONE,
              l -> l.order,
              (l, v) -> l.order = v)
          .backPopulates(() -> Order_.LINES)
          .join(() -> Join.foreignKey(ORDER_ID_ATTRIBUTE, true))
          .build();

  public static final EntityType<OrderLine> TYPE =
      EntityType.builder(OrderLine.class, TABLE, OrderLine::new)
          .attribute(Attribute.of(OrderLine.class, "id", ID, l -> l.id, (l, v) -> l.id = v).asId())
          .attribute(
              Attribute.of(
                  OrderLine.class, "product", PRODUCT, l -> l.product, (l, v) -> l.product = v))
          .attribute(ORDER_ID_ATTRIBUTE)
          .relationship(ORDER)
          .build();

  private OrderLine_() {}
}
