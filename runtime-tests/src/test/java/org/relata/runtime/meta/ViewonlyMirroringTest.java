package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.model.Player;
import org.relata.runtime.meta.fixture.model.Team;

/**
 * A viewonly side neither pushes changes to its reverse nor receives them, as in SQLAlchemy: {@code
 * Team.roster} is viewonly, and {@code Player.watched} is its writable reverse.
 */
class ViewonlyMirroringTest {
  @Test
  void theWritableSideStillMirrors() {
    Team t = new Team();
    Player p = new Player();
    t.getPlayers().add(p);
    assertSame(t, p.getTeam());
  }

  @Test
  void aViewonlySideDoesNotPushItsChanges() {
    Team t = new Team();
    Player p = new Player();
    t.getRoster().add(p);
    assertNull(p.getWatched());
    assertNull(p.getTeam());
    assertTrue(t.getPlayers().isEmpty());
    p.setWatched(t);
    t.getRoster().clear();
    assertSame(t, p.getWatched(), "clearing the read-only view must not unlink the player");
  }

  @Test
  void aViewonlySideReceivesNothingFromItsReverse() {
    Team t = new Team();
    Player p = new Player();
    p.setWatched(t);
    assertTrue(t.getRoster().isEmpty(), "the view is refreshed by loading, not by mirroring");
    t.getRoster().add(p);
    p.setWatched(null);
    assertEquals(List.of(p), t.getRoster());
  }
}
