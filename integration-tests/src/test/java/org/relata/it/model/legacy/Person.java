package org.relata.it.model.legacy;

import org.relata.Entity;
import org.relata.Id;

/** Receives a scalar {@code passport} from a {@code @Backref(uselist = false)}: a one-to-one. */
@Entity
public class Person extends PersonRelations {
  @Id Long id;
  String name;

  public Person() {}

  public Person(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Person(" + name + ")";
  }
}
