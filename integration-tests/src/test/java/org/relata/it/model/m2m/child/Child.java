package org.relata.it.model.m2m.child;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;
import org.relata.it.model.m2m.Association;
import org.relata.it.model.m2m.Parent;

/** The right side of a many-to-many, seen as a Set. */
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

  @Override
  public String toString() {
    return "Child(" + name + ")";
  }
}
