package org.relata.it.model.legacy;

import org.relata.Backref;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A many-to-one whose backref is a scalar, making the pair a one-to-one. */
@Entity
public class Passport extends PassportRelations {
  @Id Long id;
  String number;

  @ForeignKey(Person.class)
  Long personId;

  @Relationship
  @Backref(value = "passport", uselist = false)
  Person person;

  public Passport() {}

  public Passport(String number) {
    this.number = number;
  }

  @Override
  public String toString() {
    return "Passport(" + number + ")";
  }
}
