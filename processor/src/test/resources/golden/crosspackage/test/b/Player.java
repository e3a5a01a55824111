package test.b;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;
import test.a.Team;

@Entity
public class Player extends PlayerRelations {
  @Id Long id;
  @ForeignKey(Team.class) Long teamId;

  @Relationship(backPopulates = "players")
  Team team;
}
