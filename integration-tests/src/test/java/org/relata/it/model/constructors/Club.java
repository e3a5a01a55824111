package org.relata.it.model.constructors;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/**
 * A club whose public constructor fills a relationship through the generated accessor. The class is
 * final, so JDK 21+'s {@code -Xlint:this-escape} has no subclass to warn about.
 */
@Entity
public final class Club extends ClubRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "club")
  List<Member> members;

  Club() {}

  public Club(String name, List<Member> founders) {
    this.name = name;
    setMembers(founders);
  }
}
