package org.relata.it.model.assoc;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** One end of an association object: its memberships, and a read-only view of its clubs. */
@Entity
public class Member extends MemberRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "member")
  List<Membership> memberships;

  @Relationship(secondary = Membership.class, viewonly = true)
  List<Club> clubs;

  public Member() {}

  public Member(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Member(" + name + ")";
  }
}
