package org.relata.it.model.sqla.m2o;

import org.relata.Entity;
import org.relata.Id;

/** SQLAlchemy's {@code users}, target of the one-way {@code Address.user}. */
@Entity(table = "users")
public class User {
  @Id Long id;
  String name;

  public User() {}

  public User(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Override
  public String toString() {
    return "User(" + name + ")";
  }
}
