package org.relata.it.model.sqla.noorphan;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** O2MCascadeDeleteNoOrphanTest's {@code users}: {@code orders} with {@code cascade="all"}. */
@Entity(table = "users")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(cascade = Cascade.ALL, orderBy = "id")
  List<Order> orders;

  public User() {}

  public User(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "User(" + name + ")";
  }
}
