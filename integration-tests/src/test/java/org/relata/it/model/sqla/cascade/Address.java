package org.relata.it.model.sqla.cascade;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** {@code addresses}: owned by a user through {@code User.addresses}. */
@Entity(table = "addresses")
public class Address extends AddressRelations {
  @Id Long id;
  String emailAddress;

  @ForeignKey(User.class)
  Long userId;

  @Relationship(backPopulates = "addresses")
  User user;

  public Address() {}

  public Address(String emailAddress) {
    this.emailAddress = emailAddress;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  @Override
  public String toString() {
    return "Address(" + emailAddress + ")";
  }
}
