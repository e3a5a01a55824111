package org.relata.it.model.legacy;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** Declares no relationship: {@code getOwner()} comes from Owner's {@code @Backref}. */
@Entity
public class Pet extends PetRelations {
  @Id Long id;
  String name;

  @ForeignKey(Owner.class)
  Long ownerId;

  public Pet() {}

  public Pet(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Pet(" + name + ")";
  }
}
