package org.relata.it.model.sqla.pending;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * PendingOrphanTestTwoLevel's {@code item}: {@code attributes} with {@code "all, delete-orphan"}.
 */
@Entity(table = "item")
public class Item extends ItemRelations {
  @Id Long id;

  @ForeignKey(Order.class)
  Long orderId;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Attribute> attributes;

  public Item() {}

  public Long getId() {
    return id;
  }
}
