package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A viewonly side neither pushes changes to its reverse nor receives them, as in SQLAlchemy. */
class ViewonlyMirroringTest {
  static final class Team extends EntityRelations {
    List<Player> players;
    List<Player> roster;
  }

  static final class Player extends EntityRelations {
    Team team;
    Team watched;
  }

  static final CollectionRelationship<Team, Player> PLAYERS =
      CollectionRelationship.list(
              "players",
              Team.class,
              Player.class,
              RelationshipKind.ONE_TO_MANY,
              t -> t.players,
              (t, v) -> t.players = v)
          .backPopulates(() -> ViewonlyMirroringTest.TEAM)
          .build();

  /** The same rows seen read-only, naming the same reverse. */
  static final CollectionRelationship<Team, Player> ROSTER =
      CollectionRelationship.list(
              "roster",
              Team.class,
              Player.class,
              RelationshipKind.ONE_TO_MANY,
              t -> t.roster,
              (t, v) -> t.roster = v)
          .backPopulates(() -> ViewonlyMirroringTest.TEAM)
          .viewonly()
          .build();

  static final ScalarRelationship<Player, Team> TEAM =
      ScalarRelationship.builder(
              "team",
              Player.class,
              Team.class,
              RelationshipKind.MANY_TO_ONE,
              p -> p.team,
              (p, v) -> p.team = v)
          .backPopulates(() -> ViewonlyMirroringTest.PLAYERS)
          .build();

  /** A writable scalar whose reverse is the read-only view. */
  static final ScalarRelationship<Player, Team> WATCHED =
      ScalarRelationship.builder(
              "watched",
              Player.class,
              Team.class,
              RelationshipKind.MANY_TO_ONE,
              p -> p.watched,
              (p, v) -> p.watched = v)
          .backPopulates(() -> ViewonlyMirroringTest.ROSTER)
          .build();

  @Test
  void theWritableSideStillMirrors() {
    Team t = new Team();
    Player p = new Player();
    PLAYERS.list(t).add(p);
    assertSame(t, TEAM.get(p));
  }

  @Test
  void aViewonlySideDoesNotPushItsChanges() {
    Team t = new Team();
    Player p = new Player();
    ROSTER.list(t).add(p);
    assertNull(TEAM.get(p));
    assertTrue(PLAYERS.list(t).isEmpty());
    ROSTER.list(t).remove(p);
    TEAM.set(p, t);
    ROSTER.list(t).clear();
    assertSame(t, TEAM.get(p), "clearing the read-only view must not unlink the player");
  }

  @Test
  void aViewonlySideReceivesNothingFromItsReverse() {
    Team t = new Team();
    Player p = new Player();
    WATCHED.set(p, t);
    assertTrue(ROSTER.list(t).isEmpty(), "the view is refreshed by loading, not by mirroring");
    ROSTER.list(t).add(p);
    WATCHED.set(p, null);
    assertEquals(List.of(p), ROSTER.list(t));
  }
}
