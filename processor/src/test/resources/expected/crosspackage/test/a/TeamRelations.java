package test.a;

import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;
import test.b.Player;

/**
 * The generated base class of {@link Team}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class TeamRelations extends EntityRelations {
  protected TeamRelations() {
  }

  /**
   * The live {@code players}, never null; every change mirrors onto {@code Player.team}.
   */
  public List<Player> getPlayers() {
    return Team_.PLAYERS.list((Team) this);
  }

  /**
   * Replaces the contents of {@code players} with {@code players}, in order, mirrored onto {@code Player.team}.
   */
  public void setPlayers(Collection<? extends Player> players) {
    Team_.PLAYERS.replace((Team) this, players);
  }
}
