package org.relata.it.model.assoc;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** The other end of the association object. */
@Entity
public class Club extends ClubRelations {
  @Id Long id;
  String name;

  @Relationship(
      backPopulates = "club",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      passiveDeletes = true)
  List<Membership> memberships;

  public Club() {}

  public Club(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Club(" + name + ")";
  }
}
