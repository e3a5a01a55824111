package org.relata.runtime.model;

/** An address of a user; holds the foreign key. */
public class Address extends AddressRelations {
  Long id;
  String email;
  Long userId;
  User user;

  public Address() {}

  public Address(String email) {
    this.email = email;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  @Override
  public String toString() {
    return "Address " + id + " " + email;
  }
}
