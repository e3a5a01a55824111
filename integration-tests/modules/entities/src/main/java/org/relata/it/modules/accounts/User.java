package org.relata.it.modules.accounts;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * An account of the upstream module. Its relationships are those declared here: a downstream module
 * can point at it, but cannot add a side to it.
 */
@Entity(table = "user_account")
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

  public String getName() {
    return name;
  }
}
