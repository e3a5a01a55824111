package org.relata.runtime.model;

import java.util.List;

/** The left side of a many-to-many through a pure association table. */
public class Parent extends ParentRelations {
  Long id;
  String name;
  List<Child> children;

  public Parent() {}

  public Parent(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
