package org.relata.examples.model;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A user with addresses: the one side of a one-to-many declared with backPopulates. The addresses
 * load on first access ({@code Lazy.SELECT}, the default), sorted by email.
 */
@Entity(table = "user_account")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "user", orderBy = "email")
  List<Address> addresses;

  protected User() {}

  public User(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return "User(" + name + ")";
  }
}
