package org.relata.it.model.sqla.noorphan;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** {@code orders}: whose user deletes it along {@code cascade="all"}. */
@Entity(table = "orders")
public class Order {
  @Id Long id;
  String description;

  @ForeignKey(User.class)
  Long userId;

  public Order() {}

  public Order(String description) {
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public String toString() {
    return "Order(" + description + ")";
  }
}
