package org.relata.runtime.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A line of an order. */
@Entity
public class OrderLine extends OrderLineRelations {
  @Id Long id;
  String product;

  @ForeignKey(Order.class)
  Long orderId;

  @Relationship(backPopulates = "lines")
  Order order;

  public OrderLine() {}

  public OrderLine(String product) {
    this.product = product;
  }

  public Long getId() {
    return id;
  }

  public String getProduct() {
    return product;
  }
}
