package org.relata.it.model.sqla.pending;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** PendingOrphanTestTwoLevel's {@code order}: {@code items} with {@code "all, delete-orphan"}. */
@Entity(table = "order")
public class Order extends OrderRelations {
  @Id Long id;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Item> items;

  public Order() {}

  public Long getId() {
    return id;
  }
}
