package org.relata.it.model.sqla.o2oplain;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** SQLAlchemy's {@code addresses}: holds the key of the one-way one-to-one {@code User.address}. */
@Entity(table = "addresses")
public class Address {
  @Id Long id;
  String emailAddress;

  @ForeignKey(User.class)
  Long userId;

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

  @Override
  public String toString() {
    return "Address(" + emailAddress + ")";
  }
}
