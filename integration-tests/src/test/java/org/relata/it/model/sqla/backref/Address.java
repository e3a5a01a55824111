package org.relata.it.model.sqla.backref;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** SQLAlchemy's fixture {@code addresses}: the many-to-one side of {@code User.addresses}. */
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
