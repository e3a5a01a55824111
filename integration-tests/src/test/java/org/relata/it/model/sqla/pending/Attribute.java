package org.relata.it.model.sqla.pending;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** PendingOrphanTestTwoLevel's {@code attribute}. */
@Entity(table = "attribute")
public class Attribute {
  @Id Long id;

  @ForeignKey(Item.class)
  Long itemId;

  public Attribute() {}

  public Long getId() {
    return id;
  }
}
