package escape;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Team extends TeamRelations {
  @Id Long id;

  @Relationship(backPopulates = "team")
  List<Player> players;

  public Team() {}
}
