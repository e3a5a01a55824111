package test.b;

import java.lang.invoke.MethodHandles;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.ScalarRelationship;
import test.a.Team;

/**
 * The generated base class of {@link Player}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class PlayerRelations extends EntityRelations {
  public static final EntityType<Player> TYPE = EntityType.<Player>bootstrap(MethodHandles.lookup(), Player.class,
      "relata\t1\tentity\ttest.b.Player\n"
          + "table\t\tplayer\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "column\tteamId\tteam_id\tjava.lang.Long\t\tfield\ttest.a.Team\tNO_ACTION\n"
          + "relationship\tteam\tMANY_TO_ONE\tSCALAR\ttest.a.Team\tplayers\tfk:test.b.Player:teamId:true\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<Long> TEAM_ID = TYPE.<Long>field("teamId");

  public static final ScalarRelationship<Player, Team> TEAM = TYPE.<Team>scalar("team");

  protected PlayerRelations() {
  }

  /**
   * The related {@code team}, or null.
   */
  public Team getTeam() {
    return TEAM.get((Player) this);
  }

  /**
   * Sets {@code team}, mirrored onto {@code Team.players}.
   */
  public void setTeam(Team team) {
    TEAM.set((Player) this, team);
  }
}
