package test.a;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.Tables;
import test.b.Player;
import test.b.Player_;

/**
 * The metamodel of {@link Team}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Team_ {
  /**
   * The table {@code team}.
   */
  public static final Table<Record> TABLE = Tables.table("team");

  /**
   * The column {@code team.id}.
   */
  public static final Field<Long> ID = Tables.column("team", "id", Long.class);

  /**
   * The {@code players} relationship, one-to-many.
   */
  public static final CollectionRelationship<Team, Player> PLAYERS = CollectionRelationship.<Team, Player>list(
          "players", Team.class, Player.class, RelationshipKind.ONE_TO_MANY,
          (Team team) -> team.players, (Team team, List<Player> value) -> team.players = value)
      .backPopulates(() -> Player_.TEAM)
      .join(() -> Join.foreignKey(Player_.TYPE.attribute(Player_.TEAM_ID), false))
      .build();

  /**
   * Everything the runtime knows about {@link Team}; registered when this class initialises.
   */
  public static final EntityType<Team> TYPE = EntityType.<Team>builder(Team.class, TABLE, Team::new)
      .attribute(Attribute.<Team, Long>of(Team.class, "id", ID, (Team team) -> team.id, (Team team, Long value) -> team.id = value).asId())
      .relationship(PLAYERS)
      .build();

  private Team_() {
  }
}
