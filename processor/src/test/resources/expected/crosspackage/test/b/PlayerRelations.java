package test.b;

import javax.annotation.processing.Generated;
import org.relata.runtime.meta.EntityRelations;
import test.a.Team;

/**
 * The generated base class of {@link Player}: its relationship accessors, which keep both sides of
 * every relationship in step in memory.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class PlayerRelations extends EntityRelations {
  protected PlayerRelations() {
  }

  /**
   * The related {@code team}, or null.
   */
  public Team getTeam() {
    return Player_.TEAM.get((Player) this);
  }

  /**
   * Sets {@code team}, mirrored onto {@code Team.players}.
   */
  public void setTeam(Team team) {
    Player_.TEAM.set((Player) this, team);
  }
}
