package org.relata.runtime.meta.bootstrap;

/**
 * An entity with a column of each primitive kind, a column behind a getter and a setter, an enum
 * column, a foreign key, and a backref to Owner whose storage lives in PetRelations.
 */
public class Pet extends PetRelations {
  /** The colors of a pet, stored by name. */
  public enum Color {
    BLACK,
    WHITE
  }

  Long id;
  private String name;
  int legs;
  boolean tame;
  double weight;
  byte age;
  short toys;
  float height;
  long born;
  Color color;
  Long ownerId;
  byte[] photo;

  Pet() {}

  public Pet(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
