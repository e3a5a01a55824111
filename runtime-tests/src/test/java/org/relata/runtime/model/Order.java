package org.relata.runtime.model;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** An order that owns its lines: cascade ALL and DELETE_ORPHAN; table "order" is a keyword. */
@Entity
public class Order extends OrderRelations {
  @Id Long id;
  String code;

  @Relationship(
      backPopulates = "order",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "product DESC")
  List<OrderLine> lines;

  public Order() {}

  public Order(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }
}
