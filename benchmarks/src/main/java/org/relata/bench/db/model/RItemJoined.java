package org.relata.bench.db.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** Relata's mapping of the {@code item} table, for owners loaded with {@code Lazy.JOINED}. */
@Entity(table = "item")
public class RItemJoined extends RItemJoinedRelations {
  @Id Long id;
  String name;

  @ForeignKey(ROwnerJoined.class)
  Long ownerId;

  @Relationship(backPopulates = "items")
  ROwnerJoined owner;

  public String getName() {
    return name;
  }
}
