package org.relata.runtime.model;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** The right side of a many-to-many, as a set. */
@Entity(table = "right")
public class Child extends ChildRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = Association.class, backPopulates = "children")
  Set<Parent> parents;

  public Child() {}

  public Child(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
