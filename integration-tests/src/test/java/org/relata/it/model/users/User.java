package org.relata.it.model.users;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A user with addresses, both sides declared with backPopulates. */
@Entity(table = "user_account")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "user")
  List<Address> addresses;

  @Relationship(backPopulates = "user")
  Profile profile;

  public User() {}

  public User(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "User(" + name + ")";
  }
}
