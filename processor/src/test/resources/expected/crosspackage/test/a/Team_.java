package test.a;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.Tables;
import test.b.Player;

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
   * Reads and writes the fields of {@link Team} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code players} relationship, one-to-many.
   */
  public static final CollectionRelationship<Team, Player> PLAYERS = CollectionRelationship.<Team, Player>list(
          "players", Team.class, Player.class, RelationshipKind.ONE_TO_MANY, ACCESS, 1)
      .backPopulates("team")
      .foreignKeyJoin(Player.class, "teamId", false)
      .build();

  /**
   * Everything the runtime knows about {@link Team}; registered when this class initialises.
   */
  public static final EntityType<Team> TYPE = EntityType.<Team>builder(Team.class, TABLE, Team::new, ACCESS)
      .id("id", ID, 0)
      .relationship(PLAYERS)
      .build();

  private Team_() {
  }

  /**
   * Reads and writes the fields of {@link Team} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Team> {
    @Override
    public Object get(int slot, Team team) {
      switch (slot) {
        case 0:
          return team.id;
        case 1:
          return team.players;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(int slot, Team team, Object value) {
      switch (slot) {
        case 0:
          team.id = (Long) value;
          return;
        case 1:
          team.players = (List<Player>) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
