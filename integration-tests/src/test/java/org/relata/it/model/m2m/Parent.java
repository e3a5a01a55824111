package org.relata.it.model.m2m;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;
import org.relata.it.model.m2m.child.Child;

/** The left side of a many-to-many, in another package than its right side. */
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

  @Override
  public String toString() {
    return "Parent(" + name + ")";
  }
}
