package org.relata.examples.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A group of host users: the other side of the many-to-many. */
@Entity(table = "group")
public class Group extends GroupRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = UserGroup.class, backPopulates = "groups")
  List<HostUser> members;

  protected Group() {}

  public Group(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Group(" + name + ")";
  }
}
