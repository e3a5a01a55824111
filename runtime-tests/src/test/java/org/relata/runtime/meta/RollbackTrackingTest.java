package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.addresses.Address_;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * What a session needs to survive a rollback: links made and unmade again before any flush are
 * reported as discarded (a DELETE_ORPHAN parent's pending orphans), and a clean point whose writes
 * were rolled back can be undone, loaded or not.
 */
class RollbackTrackingTest {
  private final User u = new User("u");
  private final Address a1 = new Address("a1");
  private final Address a2 = new Address("a2");
  private final Address a3 = new Address("a3");

  private RelationCollection<Address> tracked() {
    return User_.ADDRESSES.tracked(u);
  }

  @Test
  void onlyLinksThatNeverReachedTheDatabaseAreDiscarded() {
    u.getAddresses().addAll(List.of(a1, a2));
    SessionBridge.markClean(tracked());
    u.getAddresses().add(a3);
    u.getAddresses().remove(a3); // made and unmade since the clean point
    u.getAddresses().remove(a1); // in the database: a removal, not a discard
    assertEquals(List.of(a3), SessionBridge.discarded(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));
    u.getAddresses().add(a3); // linked again: no longer discarded
    assertEquals(List.of(), SessionBridge.discarded(tracked()));
    SessionBridge.markClean(tracked());
    assertEquals(List.of(), SessionBridge.discarded(tracked()));
  }

  @Test
  void aLinkMadeAndUnmadeOftenIsDiscardedOnceInTheOrderOfFirstRemoval() {
    List<Address> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(new Address("m" + i));
    }
    u.getAddresses().addAll(many);
    for (int round = 0; round < 3; round++) {
      // Removed from the back, then linked again: each removal notes the element once more.
      for (int i = many.size() - 1; i >= 0; i--) {
        u.getAddresses().remove(many.get(i));
      }
      if (round < 2) {
        u.getAddresses().addAll(many);
      }
    }
    for (int i = 0; i < 50; i++) {
      u.getAddresses().add(a3);
      u.getAddresses().remove(a3);
    }
    List<Address> expected = new ArrayList<>(many);
    Collections.reverse(expected);
    expected.add(a3);
    assertEquals(expected, SessionBridge.discarded(tracked()));
    u.getAddresses().add(many.get(7));
    expected.remove(many.get(7));
    assertEquals(expected, SessionBridge.discarded(tracked()));
  }

  @Test
  void aDiscardedLinkThatTheRowsHoldIsNoLongerDiscarded() {
    FakeAttachment.attach(u, User_.ADDRESSES, List.of(a1, a3));
    User_.ADDRESSES.tracked(u).add(a3);
    User_.ADDRESSES.tracked(u).add(a2);
    User_.ADDRESSES.tracked(u).remove(a3);
    User_.ADDRESSES.tracked(u).remove(a2);
    assertEquals(List.of(a3, a2), SessionBridge.discarded(tracked()));
    assertEquals(List.of(a1, a3), u.getAddresses(), "a3 is in the rows: loading brings it in");
    assertEquals(List.of(a2), SessionBridge.discarded(tracked()));
  }

  @Test
  void undoingACleanPointMakesItsLinksPendingAgain() {
    u.getAddresses().addAll(List.of(a1, a2));
    SessionBridge.markClean(tracked());
    u.getAddresses().remove(a1);
    u.getAddresses().add(a3);
    List<Address> added = SessionBridge.added(tracked());
    List<Address> removed = SessionBridge.removed(tracked());
    SessionBridge.markClean(tracked());
    assertEquals(List.of(), SessionBridge.added(tracked()));

    SessionBridge.restoreDirty(tracked(), added, removed);
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));
    assertEquals(Set.of(a1, a2), Set.copyOf(SessionBridge.cleanElements(tracked())));
  }

  @Test
  void anUnloadedCollectionGetsItsRemovalsBackAsPending() {
    Address_.USER.setLoaded(a1, u);
    Address_.USER.setLoaded(a2, u);
    FakeAttachment session = FakeAttachment.attach(u, User_.ADDRESSES, List.of(a1, a2));
    a1.setUser(null);
    a3.setUser(u);
    List<Address> added = SessionBridge.added(tracked());
    List<Address> removed = SessionBridge.removed(tracked());
    SessionBridge.markClean(tracked()); // the flush wrote both; then its transaction rolled back
    session.rows(User_.ADDRESSES, List.of(a1, a2));
    SessionBridge.restoreDirty(tracked(), added, removed);
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));
    assertEquals(List.of(a2, a3), u.getAddresses(), "loading merges the pending changes again");
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));
  }
}
