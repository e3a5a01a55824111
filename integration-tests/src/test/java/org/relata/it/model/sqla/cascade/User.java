package org.relata.it.model.sqla.cascade;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * {@code test_cascade.py} O2MCascadeDeleteOrphanTest's {@code users}: {@code addresses} and {@code
 * orders} both with {@code cascade="all, delete-orphan"}; addresses with a backref.
 */
@Entity(table = "users")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(
      backPopulates = "user",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Address> addresses;

  @Relationship(
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "id")
  List<Order> orders;

  public User() {}

  public User(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String toString() {
    return "User(" + name + ")";
  }
}
