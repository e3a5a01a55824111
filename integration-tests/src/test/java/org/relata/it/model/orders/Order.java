package org.relata.it.model.orders;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * An order in a table named {@code order}; it owns its lines, which die with it or when removed.
 */
@Entity(table = "order")
public class Order extends OrderRelations {
  @Id Long id;
  String code;

  @ForeignKey(Customer.class)
  String customerCode;

  @Relationship(backPopulates = "orders")
  Customer customer;

  @Relationship(
      backPopulates = "order",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "product")
  List<OrderLine> lines;

  public Order() {}

  public Order(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String toString() {
    return "Order(" + code + ")";
  }
}
