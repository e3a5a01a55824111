package org.relata.bench.db.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** Relata's mapping of the {@code item} table, for owners loaded with {@code Lazy.SELECT}. */
@Entity(table = "item")
public class RItemSelect extends RItemSelectRelations {
  @Id Long id;
  String name;

  @ForeignKey(ROwnerSelect.class)
  Long ownerId;

  @Relationship(backPopulates = "items")
  ROwnerSelect owner;

  public String getName() {
    return name;
  }
}
