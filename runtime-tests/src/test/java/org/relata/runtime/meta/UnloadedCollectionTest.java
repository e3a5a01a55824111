package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.addresses.Address_;
import org.relata.runtime.meta.fixture.model.Child;
import org.relata.runtime.meta.fixture.model.Child_;
import org.relata.runtime.meta.fixture.model.Parent;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * What a session sees: an unloaded collection records changes without loading, merges them with the
 * rows when it loads, and reports the minimal difference to write.
 */
class UnloadedCollectionTest {
  private final User u = new User("u");
  private final Address a1 = new Address("a1");
  private final Address a2 = new Address("a2");
  private final Address a3 = new Address("a3");

  /** u is managed; the database links it to a1 and a2, whose user fields are loaded. */
  private FakeAttachment managed() {
    Address_.USER.setLoaded(a1, u);
    Address_.USER.setLoaded(a2, u);
    return FakeAttachment.attach(u, User_.ADDRESSES, List.of(a1, a2));
  }

  private RelationCollection<Address> tracked() {
    return User_.ADDRESSES.tracked(u);
  }

  @Test
  void mirroringOntoAnUnloadedCollectionRecordsTheChangeWithoutLoading() {
    FakeAttachment session = managed();
    a3.setUser(u);
    a1.setUser(null);
    assertEquals(0, session.loads);
    assertFalse(tracked().isLoaded());
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));

    assertEquals(List.of(a2, a3), u.getAddresses());
    assertEquals(1, session.loads);
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));
    assertEquals(List.of(a1, a2), List.copyOf(SessionBridge.cleanElements(tracked())));
  }

  @Test
  void stealingFromAnUnloadedOwnerDoesNotLoadIt() {
    FakeAttachment session = managed();
    User other = new User("other");
    other.getAddresses().add(a1);
    other.setAddresses(List.of(a1, a2));
    assertEquals(0, session.loads);
    assertEquals(List.of(a1, a2), SessionBridge.removed(tracked()));
    assertEquals(List.of(), u.getAddresses());
  }

  @Test
  void addedThenRemovedWhileUnloadedIsNothing() {
    FakeAttachment session = managed();
    a3.setUser(u);
    a3.setUser(null);
    assertEquals(List.of(), SessionBridge.added(tracked()));
    assertEquals(List.of(), SessionBridge.removed(tracked()));
    assertEquals(List.of(a1, a2), u.getAddresses());
    assertEquals(List.of(), SessionBridge.added(tracked()));
    assertEquals(List.of(), SessionBridge.removed(tracked()));
    assertEquals(1, session.loads);
  }

  @Test
  void removedThenAddedBackWhileUnloadedIsNothing() {
    managed();
    a1.setUser(null);
    a1.setUser(u);
    assertEquals(List.of(), SessionBridge.added(tracked()));
    assertEquals(List.of(), SessionBridge.removed(tracked()));
    assertEquals(List.of(a1, a2), u.getAddresses());
    assertEquals(List.of(), SessionBridge.removed(tracked()));
  }

  @Test
  void aPendingLinkThatTheRowsAlsoHoldAppearsOnce() {
    managed();
    User_.ADDRESSES.tracked(u);
    a2.setUser(null);
    a2.setUser(u);
    Address_.USER.set(a3, u);
    assertEquals(List.of(a1, a2, a3), u.getAddresses());
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    StoreChecks.assertConsistent(u.getAddresses());
  }

  @Test
  void loadedAddedThenRemovedIsNothingAndRemovingOneOfAThousandIsOne() {
    List<Address> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Address a = new Address("r" + i);
      Address_.USER.setLoaded(a, u);
      rows.add(a);
    }
    FakeAttachment.attach(u, User_.ADDRESSES, rows);
    u.getAddresses().add(a3);
    u.getAddresses().remove(a3);
    u.getAddresses().remove(rows.get(500));
    assertEquals(List.of(), SessionBridge.added(tracked()));
    assertEquals(List.of(rows.get(500)), SessionBridge.removed(tracked()));
    assertNull(rows.get(500).getUser());
  }

  @Test
  void markCleanMakesTheCurrentStateTheBaseline() {
    managed();
    u.getAddresses().remove(a1);
    u.getAddresses().add(a3);
    SessionBridge.markClean(tracked());
    assertEquals(List.of(), SessionBridge.added(tracked()));
    assertEquals(List.of(), SessionBridge.removed(tracked()));
    assertEquals(List.of(a2, a3), List.copyOf(SessionBridge.cleanElements(tracked())));
    u.setAddresses(List.of(a3, a1));
    assertEquals(List.of(a1), SessionBridge.added(tracked()));
    assertEquals(List.of(a2), SessionBridge.removed(tracked()));
  }

  @Test
  void markCleanWhileUnloadedThenLoad() {
    managed();
    a3.setUser(u);
    SessionBridge.markClean(tracked());
    a3.setUser(null);
    assertEquals(List.of(a3), SessionBridge.removed(tracked()));
    a3.setUser(u);
    assertEquals(List.of(), SessionBridge.removed(tracked()));
    assertEquals(List.of(), SessionBridge.added(tracked()));
    // After the flush, the database holds a3 too.
    SessionBridge.fillLoaded(tracked(), List.of(a1, a2, a3));
    assertEquals(List.of(a1, a2, a3), u.getAddresses());
    assertEquals(List.of(), SessionBridge.added(tracked()));
    assertEquals(List.of(), SessionBridge.removed(tracked()));
  }

  @Test
  void refillingALoadedCollectionKeepsItsChanges() {
    managed();
    u.getAddresses().remove(a1);
    u.getAddresses().add(a3);
    SessionBridge.fillLoaded(tracked(), List.of(a1, a2));
    assertEquals(List.of(a2, a3), u.getAddresses());
    assertEquals(List.of(a3), SessionBridge.added(tracked()));
    assertEquals(List.of(a1), SessionBridge.removed(tracked()));
  }

  @Test
  void manyToManyOntoAnUnloadedSetDoesNotLoadIt() {
    Parent p = new Parent("p");
    Parent q = new Parent("q");
    Child c = new Child("c");
    FakeAttachment session = FakeAttachment.attach(c, Child_.PARENTS, List.of(q));
    p.getChildren().add(c);
    assertEquals(0, session.loads);
    assertEquals(List.of(p), SessionBridge.added(Child_.PARENTS.tracked(c)));
    assertEquals(Set.of(q, p), c.getParents());
    assertEquals(1, session.loads);
    assertEquals(List.of(q, p), List.copyOf(c.getParents()));
  }

  @Test
  void anUnloadedScalarLoadsOnFirstRead() {
    User owner = new User("owner");
    Address a = new Address("a");
    FakeAttachment session = new FakeAttachment().scalar(Address_.USER, owner);
    Attachments.attach(a, session);
    assertSame(session, Attachments.of(a));
    assertSame(owner, a.getUser());
    assertEquals(1, session.loads);
    assertSame(owner, a.getUser());
    assertEquals(1, session.loads);
  }

  @Test
  void aCollectionLeftUnloadedWhenTheSessionWentAwayCannotBeRead() {
    managed();
    a3.setUser(u);
    Attachments.attach(u, null);
    IllegalStateException e = assertThrows(IllegalStateException.class, u::getAddresses);
    assertTrue(e.getMessage().contains("User.addresses"), e.getMessage());
  }

  @Test
  void aSessionThatDoesNotFillTheCollectionIsReportedNotPapered() {
    Attachments.attach(
        u,
        new EntityAttachment() {
          @Override
          public boolean isUnloaded(Relationship<?, ?> relationship) {
            return true;
          }

          @Override
          public void load(Relationship<?, ?> relationship, Object owner) {}
        });
    IllegalStateException e = assertThrows(IllegalStateException.class, u::getAddresses);
    assertTrue(e.getMessage().contains("did not load User.addresses"), e.getMessage());
  }

  @Test
  void aNewObjectsCollectionIsAllAdded() {
    u.getAddresses().addAll(List.of(a2, a1));
    assertTrue(tracked().isLoaded());
    assertEquals(List.of(a2, a1), SessionBridge.added(tracked()));
    assertEquals(List.of(), SessionBridge.removed(tracked()));
    assertEquals(List.of(), List.copyOf(SessionBridge.cleanElements(tracked())));
    assertSame(u, tracked().owner());
    assertSame(User_.ADDRESSES, tracked().relationship());
  }
}
