package org.relata.it.model.users;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** An address that belongs to at most one user. */
@Entity
public class Address extends AddressRelations {
  @Id Long id;
  private String email;

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

  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public String toString() {
    return "Address(" + email + ")";
  }
}
