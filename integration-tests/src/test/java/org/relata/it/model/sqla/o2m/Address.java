package org.relata.it.model.sqla.o2m;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** SQLAlchemy's {@code addresses}: holds the key of the one-way {@code User.addresses}. */
@Entity(table = "addresses")
public class Address {
  @Id Long id;

  @ForeignKey(User.class)
  Long userId;

  String emailAddress;

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
