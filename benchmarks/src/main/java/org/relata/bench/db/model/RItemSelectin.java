package org.relata.bench.db.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** Relata's mapping of the {@code item} table, for owners loaded with {@code Lazy.SELECTIN}. */
@Entity(table = "item")
public class RItemSelectin extends RItemSelectinRelations {
  @Id Long id;
  String name;

  @ForeignKey(ROwnerSelectin.class)
  Long ownerId;

  @Relationship(backPopulates = "items")
  ROwnerSelectin owner;

  public String getName() {
    return name;
  }
}
