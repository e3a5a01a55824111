package org.relata.it.modules.shop;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;
import org.relata.it.modules.accounts.User;

/**
 * An order of the downstream module. Its buyer is an entity of the upstream jar: the relationship
 * is one-way, because User, compiled before this module existed, cannot gain an {@code orders}
 * side. Its lines are in this module, so that relationship is two-way.
 */
@Entity(table = "purchase_order")
public class Order extends OrderRelations {
  @Id Long id;
  String code;

  @ForeignKey(User.class)
  Long userId;

  @Relationship User user;

  @Relationship(backPopulates = "order")
  List<OrderLine> lines;

  public Order() {}

  public Order(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }
}
