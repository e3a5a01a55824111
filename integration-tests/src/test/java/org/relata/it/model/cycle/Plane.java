package org.relata.it.model.cycle;

import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** The side of the one-to-one that holds the key. */
@Entity
public class Plane extends PlaneRelations {
  @Id Long id;
  String name;

  @ForeignKey(Pilot.class)
  Long pilotId;

  @Relationship(backPopulates = "plane", cascade = Cascade.ALL)
  Pilot pilot;

  public Plane() {}

  public Plane(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Plane(" + name + ")";
  }
}
