package test.a;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import test.b.Player;

/**
 * The generated base class of {@link Team}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class TeamRelations extends EntityRelations {
  public static final EntityType<Team> TYPE = EntityType.<Team>bootstrap(MethodHandles.lookup(), Team.class,
      "relata\t1\tentity\ttest.a.Team\n"
          + "table\t\tteam\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "column\tname\tname\tjava.lang.String\t\tfield\t\t\n"
          + "column\tlevel\tlevel\ttest.a.Team$Level\tenum\tfield\t\t\n"
          + "column\tfounded\tfounded\tjava.lang.Integer\t\tfield\t\t\n"
          + "column\trank\trank\tjava.lang.Integer\tgenerated\tfield\t\t\n"
          + "relationship\tplayers\tONE_TO_MANY\tLIST\ttest.b.Player\tteam\tfk:test.b.Player:teamId:false\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<String> NAME_ = TYPE.<String>field("name");

  public static final Field<Team.Level> LEVEL = TYPE.<Team.Level>field("level");

  public static final Field<Integer> FOUNDED = TYPE.<Integer>field("founded");

  public static final Field<Integer> RANK = TYPE.<Integer>field("rank");

  public static final CollectionRelationship<Team, Player> PLAYERS = TYPE.<Player>collection("players");

  protected TeamRelations() {
  }

  /**
   * The live {@code players}, never null; every change mirrors onto {@code Player.team}.
   */
  public List<Player> getPlayers() {
    return PLAYERS.list((Team) this);
  }

  /**
   * Replaces the contents of {@code players} with {@code players}, in order, mirrored onto {@code Player.team}.
   */
  public void setPlayers(Collection<? extends Player> players) {
    PLAYERS.replace((Team) this, players);
  }
}
