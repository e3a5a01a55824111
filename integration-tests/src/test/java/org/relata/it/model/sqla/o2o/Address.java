package org.relata.it.model.sqla.o2o;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * SQLAlchemy's fixture {@code addresses}: the side of the one-to-one {@code User.address} that
 * holds the key.
 */
@Entity(table = "addresses")
public class Address extends AddressRelations {
  @Id Long id;
  String emailAddress;

  @ForeignKey(User.class)
  Long userId;

  @Relationship(backPopulates = "address")
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

  public String getEmailAddress() {
    return emailAddress;
  }

  public void setEmailAddress(String emailAddress) {
    this.emailAddress = emailAddress;
  }

  @Override
  public String toString() {
    return "Address(" + emailAddress + ")";
  }
}
