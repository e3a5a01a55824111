package org.relata.it.model.cycle;

import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** One side of a one-to-one whose two sides cascade everything to each other. */
@Entity
public class Pilot extends PilotRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "pilot", cascade = Cascade.ALL)
  Plane plane;

  public Pilot() {}

  public Pilot(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Pilot(" + name + ")";
  }
}
