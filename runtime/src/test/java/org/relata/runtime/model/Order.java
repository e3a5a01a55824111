package org.relata.runtime.model;

import java.util.List;

/** An order that owns its lines: cascade ALL and DELETE_ORPHAN; table "order" is a keyword. */
public class Order extends OrderRelations {
  Long id;
  String code;
  List<OrderLine> lines;

  public Order() {}

  public Order(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }
}
