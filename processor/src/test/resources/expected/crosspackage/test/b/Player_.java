package test.b;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.Tables;
import test.a.Team;
import test.a.Team_;

/**
 * The metamodel of {@link Player}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Player_ {
  /**
   * The table {@code player}.
   */
  public static final Table<Record> TABLE = Tables.table("player");

  /**
   * The column {@code player.id}.
   */
  public static final Field<Long> ID = Tables.column("player", "id", Long.class);

  /**
   * The column {@code player.team_id}.
   */
  public static final Field<Long> TEAM_ID = Tables.column("player", "team_id", Long.class);

  /**
   * The {@code team} relationship, many-to-one.
   */
  public static final ScalarRelationship<Player, Team> TEAM = ScalarRelationship.<Player, Team>builder(
          "team", Player.class, Team.class, RelationshipKind.MANY_TO_ONE,
          (Player player) -> player.team, (Player player, Team value) -> player.team = value)
      .backPopulates(() -> Team_.PLAYERS)
      .join(() -> Join.foreignKey(Player_.TYPE.attribute(Player_.TEAM_ID), true))
      .build();

  /**
   * Everything the runtime knows about {@link Player}; registered when this class initialises.
   */
  public static final EntityType<Player> TYPE = EntityType.<Player>builder(Player.class, TABLE, Player::new)
      .attribute(Attribute.<Player, Long>of(Player.class, "id", ID, (Player player) -> player.id, (Player player, Long value) -> player.id = value).asId())
      .attribute(Attribute.<Player, Long>of(Player.class, "teamId", TEAM_ID, (Player player) -> player.teamId, (Player player, Long value) -> player.teamId = value)
          .references(() -> Team_.TYPE, OnDelete.NO_ACTION))
      .relationship(TEAM)
      .build();

  private Player_() {
  }
}
