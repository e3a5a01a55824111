package org.relata.runtime.model;

/** A line of an order. */
public class OrderLine extends OrderLineRelations {
  Long id;
  String product;
  Long orderId;
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
