package test.a;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;
import test.b.Player;

@Entity
public class Team extends TeamRelations {
  @Id Long id;

  @Relationship(backPopulates = "team")
  List<Player> players;
}
