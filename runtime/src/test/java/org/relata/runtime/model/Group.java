package org.relata.runtime.model;

import java.util.List;

/** A group whose id the application assigns, with association objects as members. */
public class Group extends GroupRelations {
  Long id;
  String name;
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
