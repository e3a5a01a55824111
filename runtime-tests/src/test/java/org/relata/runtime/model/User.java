package org.relata.runtime.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A user with addresses (one-to-many, default cascades), in a table named with a keyword. */
@Entity(table = "user")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "user")
  List<Address> addresses;

  public User() {}

  public User(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "User " + id + " " + name;
  }
}
