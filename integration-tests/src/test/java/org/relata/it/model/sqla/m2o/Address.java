package org.relata.it.model.sqla.m2o;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** SQLAlchemy's {@code addresses} with a one-way {@code user = relationship(User)}. */
@Entity(table = "addresses")
public class Address extends AddressRelations {
  @Id Long id;

  @ForeignKey(User.class)
  Long userId;

  String emailAddress;

  @Relationship User user;

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

  public void setId(Long id) {
    this.id = id;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public void setEmailAddress(String emailAddress) {
    this.emailAddress = emailAddress;
  }

  @Override
  public String toString() {
    return "Address(" + emailAddress + ")";
  }
}
