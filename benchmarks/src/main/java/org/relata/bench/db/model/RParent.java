package org.relata.bench.db.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Relata's mapping of the {@code parent} table for the association-write comparison. */
@Entity(table = "parent")
public class RParent extends RParentRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = RParentChild.class)
  List<RChild> children;

  public Long id() {
    return id;
  }
}
