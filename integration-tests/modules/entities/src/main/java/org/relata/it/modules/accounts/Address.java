package org.relata.it.modules.accounts;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** An address of a user; both sides live in this module, so they mirror each other. */
@Entity
public class Address extends AddressRelations {
  @Id Long id;
  String email;

  @ForeignKey(User.class)
  Long userId;

  @Relationship(backPopulates = "addresses")
  User user;

  public Address() {}

  public Address(String email) {
    this.email = email;
  }

  public String getEmail() {
    return email;
  }
}
