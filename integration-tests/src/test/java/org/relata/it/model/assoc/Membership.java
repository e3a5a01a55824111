package org.relata.it.model.assoc;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.OnDelete;
import org.relata.Relationship;

/** An association object: a link row with data of its own, keyed by both foreign keys. */
@Entity
public class Membership extends MembershipRelations {
  @Id
  @ForeignKey(Member.class)
  Long memberId;

  @Id
  @ForeignKey(value = Club.class, onDelete = OnDelete.CASCADE)
  Long clubId;

  String role;

  @Relationship(backPopulates = "memberships", lazy = Lazy.JOINED)
  Member member;

  @Relationship(backPopulates = "memberships")
  Club club;

  public Membership() {}

  public Membership(String role) {
    this.role = role;
  }

  @Override
  public String toString() {
    return "Membership(" + role + ")";
  }
}
