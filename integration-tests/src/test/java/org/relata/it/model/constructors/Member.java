package org.relata.it.model.constructors;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A member whose constructors call the generated setter: one is package-private, and the public one
 * says that the escape is intended; either keeps JDK 21+'s {@code -Xlint:this-escape} quiet.
 */
@Entity
public class Member extends MemberRelations {
  @Id Long id;
  String name;

  @ForeignKey(Club.class)
  Long clubId;

  @Relationship(backPopulates = "members")
  Club club;

  public Member() {}

  Member(String name, Club club) {
    this.name = name;
    setClub(club);
  }

  /** Joins {@code club} at once; no subclass overrides the accessors, so the escape is safe. */
  @SuppressWarnings("this-escape")
  public Member(Club club, String name) {
    this.name = name;
    setClub(club);
  }
}
