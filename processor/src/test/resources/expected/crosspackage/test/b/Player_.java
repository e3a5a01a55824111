package test.b;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.OnDelete;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.Tables;
import test.a.Team;

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
   * Reads and writes the fields of {@link Player} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code team} relationship, many-to-one.
   */
  public static final ScalarRelationship<Player, Team> TEAM = ScalarRelationship.<Player, Team>builder(
          "team", Player.class, Team.class, RelationshipKind.MANY_TO_ONE, ACCESS, 2)
      .backPopulates("players")
      .foreignKeyJoin(Player.class, "teamId", true)
      .build();

  /**
   * Everything the runtime knows about {@link Player}; registered when this class initialises.
   */
  public static final EntityType<Player> TYPE = EntityType.<Player>builder(Player.class, TABLE, Player::new, ACCESS)
      .id("id", ID, 0)
      .column("teamId", TEAM_ID, 1).references(Team.class, OnDelete.NO_ACTION)
      .relationship(TEAM)
      .build();

  private Player_() {
  }

  /**
   * Reads and writes the fields of {@link Player} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Player> {
    @Override
    public Object get(int slot, Player player) {
      switch (slot) {
        case 0:
          return player.id;
        case 1:
          return player.teamId;
        case 2:
          return player.team;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    public void set(int slot, Player player, Object value) {
      switch (slot) {
        case 0:
          player.id = (Long) value;
          return;
        case 1:
          player.teamId = (Long) value;
          return;
        case 2:
          player.team = (Team) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
