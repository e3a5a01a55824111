package org.relata.it.model.orders;

import java.util.List;
import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A customer in a table named {@code user}, keyed by a code that the application assigns. */
@Entity(table = "user")
public class Customer extends CustomerRelations {
  @Id String code;
  String name;

  @Relationship(backPopulates = "customer")
  List<Order> orders;

  @Relationship(secondary = TeamMember.class, backPopulates = "members")
  Set<Team> teams;

  public Customer() {}

  public Customer(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  @Override
  public String toString() {
    return "Customer(" + code + ")";
  }
}
