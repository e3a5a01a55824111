package org.relata.runtime.model;

import java.util.Set;

/** The right side of a many-to-many, as a set. */
public class Child extends ChildRelations {
  Long id;
  String name;
  Set<Parent> parents;

  public Child() {}

  public Child(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
