package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.addresses.Address_;
import org.relata.runtime.meta.fixture.model.Passport;
import org.relata.runtime.meta.fixture.model.Passport_;
import org.relata.runtime.meta.fixture.model.Person;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * Mirroring may have to load a reverse scalar (to find the owner it takes an object from). When
 * that load fails, as it does once a session has closed, the operation fails with both sides as
 * they were, rather than half mirrored.
 */
class ClosedSessionTest {
  /** A session that has closed: the listed relationships were never loaded, and now cannot be. */
  private static final class Closed implements EntityAttachment {
    private final Set<Relationship<?, ?>> unloaded;

    Closed(Relationship<?, ?>... unloaded) {
      this.unloaded = Set.of(unloaded);
    }

    @Override
    public boolean isUnloaded(Relationship<?, ?> relationship) {
      return unloaded.contains(relationship);
    }

    @Override
    public void load(Relationship<?, ?> relationship, Object owner) {
      throw new IllegalStateException("session closed: cannot load " + relationship);
    }
  }

  private final User u = new User("u");
  private final Address kept = new Address("kept");
  private final Address detached = new Address("detached");

  ClosedSessionTest() {
    u.getAddresses().add(kept);
    Attachments.attach(detached, new Closed(Address_.USER));
  }

  @Test
  void addingAnObjectWhoseOwnerCannotBeLoadedChangesNothing() {
    assertThrows(IllegalStateException.class, () -> u.getAddresses().add(detached));
    assertThrows(IllegalStateException.class, () -> u.getAddresses().add(0, detached));
    assertThrows(IllegalStateException.class, () -> u.getAddresses().addAll(List.of(detached)));
    assertThrows(IllegalStateException.class, () -> u.getAddresses().set(0, detached));
    assertThrows(IllegalStateException.class, () -> u.setAddresses(List.of(detached)));
    assertThrows(IllegalStateException.class, () -> u.getAddresses().listIterator().add(detached));
    assertEquals(List.of(kept), u.getAddresses());
    assertSame(u, kept.getUser());
    assertTrue(SessionBridge.removed(User_.ADDRESSES.tracked(u)).isEmpty());
  }

  @Test
  void removingAnObjectWhoseOwnerCannotBeLoadedChangesNothing() {
    // As a session fills it: the list holds the object, whose own side was never read.
    User other = new User("other");
    SessionBridge.fillLoaded(User_.ADDRESSES.tracked(other), List.of(kept, detached));
    List<Address> live = other.getAddresses();
    assertThrows(IllegalStateException.class, () -> live.remove(detached));
    assertThrows(IllegalStateException.class, () -> live.remove(1));
    assertThrows(IllegalStateException.class, live::clear);
    assertThrows(IllegalStateException.class, () -> live.removeIf(a -> true));
    assertThrows(IllegalStateException.class, () -> live.retainAll(List.of()));
    assertThrows(IllegalStateException.class, () -> live.subList(0, 2).clear());
    assertThrows(IllegalStateException.class, () -> other.setAddresses(List.of(kept)));
    assertEquals(List.of(kept, detached), live);
    assertTrue(SessionBridge.removed(User_.ADDRESSES.tracked(other)).isEmpty());
  }

  @Test
  void settingAOneToOneWhosePartnerCannotBeLoadedChangesNothing() {
    Person p = new Person("p");
    Passport n = new Passport("n");
    Passport old = new Passport("old");
    p.setPassport(old);
    Attachments.attach(n, new Closed(Passport_.HOLDER));
    assertThrows(IllegalStateException.class, () -> p.setPassport(n));
    assertSame(old, p.getPassport());
    assertSame(p, old.getHolder());
    Attachments.attach(n, null);
    assertNull(n.getHolder());
  }
}
