package org.relata.it.model.sqla.o2oplain;

import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * SQLAlchemy's {@code users} with {@code address = relationship(Address, uselist=False)}, no
 * backref.
 */
@Entity(table = "users")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship Address address;

  public User() {}

  public User(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "User(" + name + ")";
  }
}
