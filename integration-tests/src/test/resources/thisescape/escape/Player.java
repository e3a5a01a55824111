package escape;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A public constructor of a public, non-final entity calls a generated setter: JDK 21+ warns. */
@Entity
public class Player extends PlayerRelations {
  @Id Long id;
  @ForeignKey(Team.class) Long teamId;

  @Relationship(backPopulates = "players")
  Team team;

  public Player() {}

  public Player(Team team) {
    setTeam(team);
  }
}
