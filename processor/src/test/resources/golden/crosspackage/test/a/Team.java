package test.a;

import java.util.List;
import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;
import test.b.Player;

@Entity
public class Team extends TeamRelations {
  /** The user's own constant: the generated column constant for {@code name} becomes NAME_. */
  public static final String NAME = "unnamed";

  @Id Long id;
  String name = NAME;
  Level level;
  int founded;

  @Column(generated = true)
  Integer rank;

  @Relationship(backPopulates = "team")
  List<Player> players;

  public enum Level {
    AMATEUR,
    PRO
  }
}
