package org.relata.runtime.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** The left side of a many-to-many through a pure association table. */
@Entity(table = "left")
public class Parent extends ParentRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = Association.class, backPopulates = "parents")
  List<Child> children;

  public Parent() {}

  public Parent(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
