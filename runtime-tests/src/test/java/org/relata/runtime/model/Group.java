package org.relata.runtime.model;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A group whose id the application assigns, with association objects as members. */
@Entity
public class Group extends GroupRelations {
  @Id Long id;
  String name;

  @Relationship(
      backPopulates = "group",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Membership> memberships;

  public Group() {}

  public Group(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
