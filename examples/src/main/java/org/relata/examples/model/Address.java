package org.relata.examples.model;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** An email address; it holds the foreign key to its user. */
@Entity
public class Address extends AddressRelations {
  @Id Long id;
  String email;

  @ForeignKey(User.class)
  Long userId;

  @Relationship(backPopulates = "addresses")
  User user;

  protected Address() {}

  public Address(String email) {
    this.email = email;
  }

  @Override
  public String toString() {
    return "Address(" + email + ")";
  }
}
