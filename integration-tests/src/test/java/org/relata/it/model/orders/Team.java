package org.relata.it.model.orders;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** A team in a table named {@code group}, with an id the application assigns. */
@Entity(table = "group")
public class Team extends TeamRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = TeamMember.class, backPopulates = "teams")
  List<Customer> members;

  public Team() {}

  public Team(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
