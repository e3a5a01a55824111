package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.users.User;

/** One-to-many and its many-to-one reverse, across two packages, through every mutator. */
class OneToManyMirroringTest {
  private final User u1 = new User("u1");
  private final User u2 = new User("u2");
  private final Address a1 = new Address("a1");
  private final Address a2 = new Address("a2");
  private final Address a3 = new Address("a3");

  /** The DESIGN invariant over the objects of this test, plus the storage's own consistency. */
  private void assertInvariant() {
    List<User> users = List.of(u1, u2);
    for (Address a : List.of(a1, a2, a3)) {
      int holders = 0;
      for (User u : users) {
        StoreChecks.assertConsistent(u.getAddresses());
        boolean holds = u.getAddresses().contains(a);
        assertEquals(a.getUser() == u, holds, a + " vs " + u);
        holders += holds ? 1 : 0;
      }
      assertTrue(holders <= 1, a + " held by " + holders);
    }
  }

  @Test
  void addSetsTheReverseAndTakesFromThePreviousOwner() {
    assertTrue(u1.getAddresses().add(a1));
    assertSame(u1, a1.getUser());
    assertTrue(u2.getAddresses().add(a1));
    assertSame(u2, a1.getUser());
    assertEquals(List.of(), u1.getAddresses());
    assertEquals(List.of(a1), u2.getAddresses());
    assertInvariant();
  }

  @Test
  void addingAnElementTwiceIsANoOp() {
    u1.getAddresses().add(a1);
    assertFalse(u1.getAddresses().add(a1));
    assertEquals(List.of(a1), u1.getAddresses());
  }

  @Test
  void positionalAddInsertsAndRefusesADuplicate() {
    u1.getAddresses().add(a1);
    u2.getAddresses().add(a2);
    u1.getAddresses().add(0, a2);
    assertEquals(List.of(a2, a1), u1.getAddresses());
    assertSame(u1, a2.getUser());
    assertEquals(List.of(), u2.getAddresses());
    assertThrows(IllegalArgumentException.class, () -> u1.getAddresses().add(1, a2));
    assertThrows(IndexOutOfBoundsException.class, () -> u1.getAddresses().add(5, a3));
    assertEquals(List.of(a2, a1), u1.getAddresses());
    assertNull(a3.getUser());
    assertInvariant();
  }

  @Test
  void addAllTakesFromSeveralOwnersAndSkipsRepeats() {
    u1.getAddresses().add(a1);
    u2.getAddresses().add(a2);
    User u3 = new User("u3");
    assertTrue(u3.getAddresses().addAll(List.of(a1, a2, a1, a3)));
    assertEquals(List.of(a1, a2, a3), u3.getAddresses());
    assertTrue(u1.getAddresses().isEmpty());
    assertTrue(u2.getAddresses().isEmpty());
    assertSame(u3, a2.getUser());
    assertFalse(u3.getAddresses().addAll(List.of(a2)));
  }

  @Test
  void addAllOfAnotherOwnersLiveListMovesEverything() {
    u1.getAddresses().addAll(List.of(a1, a2, a3));
    List<Address> live = u1.getAddresses();
    u2.getAddresses().addAll(live);
    assertEquals(List.of(a1, a2, a3), u2.getAddresses());
    assertTrue(live.isEmpty());
    assertInvariant();
  }

  @Test
  void positionalAddAllInsertsAllOrNothing() {
    u1.getAddresses().addAll(List.of(a1, a2));
    u1.getAddresses().addAll(1, List.of(a3));
    assertEquals(List.of(a1, a3, a2), u1.getAddresses());
    u2.getAddresses().add(a3);
    Address a4 = new Address("a4");
    assertThrows(
        IllegalArgumentException.class, () -> u2.getAddresses().addAll(0, List.of(a4, a3)));
    assertEquals(List.of(a3), u2.getAddresses());
    assertNull(a4.getUser());
    assertThrows(IndexOutOfBoundsException.class, () -> u2.getAddresses().addAll(3, List.of()));
  }

  @Test
  void removeByObjectAndByIndexClearTheReverse() {
    u1.getAddresses().addAll(List.of(a1, a2, a3));
    assertTrue(u1.getAddresses().remove(a2));
    assertNull(a2.getUser());
    assertFalse(u1.getAddresses().remove(a2));
    assertSame(a1, u1.getAddresses().remove(0));
    assertNull(a1.getUser());
    assertEquals(List.of(a3), u1.getAddresses());
    assertInvariant();
  }

  @Test
  void setReplacesAnElementMirroringBoth() {
    u1.getAddresses().addAll(List.of(a1, a2));
    u2.getAddresses().add(a3);
    assertSame(a1, u1.getAddresses().set(0, a3));
    assertEquals(List.of(a3, a2), u1.getAddresses());
    assertNull(a1.getUser());
    assertSame(u1, a3.getUser());
    assertTrue(u2.getAddresses().isEmpty());
    assertSame(a3, u1.getAddresses().set(0, a3));
    assertThrows(IllegalArgumentException.class, () -> u1.getAddresses().set(0, a2));
    assertEquals(List.of(a3, a2), u1.getAddresses());
    assertInvariant();
  }

  @Test
  void bulkRemovalsClearEveryReverse() {
    u1.getAddresses().addAll(List.of(a1, a2, a3));
    assertTrue(u1.getAddresses().removeIf(a -> a == a2));
    assertNull(a2.getUser());
    assertTrue(u1.getAddresses().removeAll(List.of(a1, a2)));
    assertNull(a1.getUser());
    assertEquals(List.of(a3), u1.getAddresses());
    u1.getAddresses().addAll(List.of(a1, a2));
    assertTrue(u1.getAddresses().retainAll(new HashSet<>(List.of(a2))));
    assertEquals(List.of(a2), u1.getAddresses());
    assertNull(a1.getUser());
    assertNull(a3.getUser());
    u1.getAddresses().clear();
    assertNull(a2.getUser());
    assertInvariant();
  }

  @Test
  void removeAllOfItselfEmptiesTheList() {
    u1.getAddresses().addAll(List.of(a1, a2));
    assertTrue(u1.getAddresses().removeAll(u1.getAddresses()));
    assertTrue(u1.getAddresses().isEmpty());
    assertNull(a1.getUser());
  }

  @Test
  void iteratorRemoveMirrors() {
    u1.getAddresses().addAll(List.of(a1, a2, a3));
    for (Iterator<Address> it = u1.getAddresses().iterator(); it.hasNext(); ) {
      if (it.next() != a2) {
        it.remove();
      }
    }
    assertEquals(List.of(a2), u1.getAddresses());
    assertNull(a1.getUser());
    assertNull(a3.getUser());
    assertInvariant();
  }

  @Test
  void nullIsRejectedAndNothingChanges() {
    u1.getAddresses().add(a1);
    assertThrows(NullPointerException.class, () -> u1.getAddresses().add(null));
    assertThrows(NullPointerException.class, () -> u1.getAddresses().add(0, null));
    assertThrows(NullPointerException.class, () -> u1.getAddresses().set(0, null));
    assertThrows(
        NullPointerException.class, () -> u1.getAddresses().addAll(Arrays.asList(a2, null)));
    assertThrows(
        NullPointerException.class, () -> u1.getAddresses().addAll(0, Arrays.asList(a2, null)));
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> u1.setAddresses(Arrays.asList(a2, null)));
    assertTrue(e.getMessage().contains("User.addresses cannot hold null"), e.getMessage());
    assertEquals(List.of(a1), u1.getAddresses());
    assertNull(a2.getUser());
    assertInvariant();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anObjectOfAnotherTypeLetInByRawTypesIsRejectedAndNothingChanges() {
    List raw = u1.getAddresses();
    ClassCastException e = assertThrows(ClassCastException.class, () -> raw.add(u2));
    assertTrue(e.getMessage().contains("User.addresses holds"), e.getMessage());
    assertThrows(ClassCastException.class, () -> raw.addAll(List.of(a1, u2)));
    assertThrows(ClassCastException.class, () -> u1.setAddresses((List) List.of(a1, u2)));
    assertTrue(u1.getAddresses().isEmpty());
    assertNull(a1.getUser());
  }

  @Test
  void setterMovesTheAddressBetweenUsers() {
    a1.setUser(u1);
    assertEquals(List.of(a1), u1.getAddresses());
    a1.setUser(u2);
    assertEquals(List.of(), u1.getAddresses());
    assertEquals(List.of(a1), u2.getAddresses());
    a1.setUser(u2);
    assertEquals(List.of(a1), u2.getAddresses());
    a1.setUser(null);
    assertEquals(List.of(), u2.getAddresses());
    assertInvariant();
  }

  @Test
  void replaceTakesTheOrderOfTheValuesAndStealsFromPreviousOwners() {
    u1.getAddresses().addAll(List.of(a1, a2));
    u2.getAddresses().add(a3);
    u1.setAddresses(List.of(a3, a1, a3));
    assertEquals(List.of(a3, a1), u1.getAddresses());
    assertNull(a2.getUser());
    assertSame(u1, a3.getUser());
    assertTrue(u2.getAddresses().isEmpty());
    assertInvariant();
  }

  @Test
  void replaceWithAnotherOwnersLiveListOrItsOwn() {
    u1.getAddresses().addAll(List.of(a1, a2));
    u2.getAddresses().add(a3);
    List<Address> live = u1.getAddresses();
    u2.setAddresses(live);
    assertEquals(List.of(a1, a2), u2.getAddresses());
    assertTrue(live.isEmpty());
    assertNull(a3.getUser());
    u2.setAddresses(u2.getAddresses());
    assertEquals(List.of(a1, a2), u2.getAddresses());
    u2.setAddresses(List.of());
    assertNull(a1.getUser());
    assertInvariant();
  }

  @Test
  void theLiveListIsTheSameObjectEveryTime() {
    assertSame(u1.getAddresses(), u1.getAddresses());
    assertSame(u1.getAddresses(), u1.rawAddresses());
  }

  @Test
  void iteratorsFailFastWhenMirroringChangesTheList() {
    u1.getAddresses().addAll(List.of(a1, a2, a3));
    Iterator<Address> it = u1.getAddresses().iterator();
    it.next();
    a2.setUser(u2);
    assertThrows(ConcurrentModificationException.class, it::next);
    Iterator<Address> again = u1.getAddresses().iterator();
    again.next();
    u2.getAddresses().add(a3);
    assertThrows(ConcurrentModificationException.class, again::next);
  }

  @Test
  void containsAndIndexOfCompareByIdentity() {
    u1.getAddresses().add(a1);
    assertEquals(0, u1.getAddresses().indexOf(a1));
    assertEquals(0, u1.getAddresses().lastIndexOf(a1));
    assertEquals(-1, u1.getAddresses().indexOf(a2));
    assertFalse(u1.getAddresses().contains(null));
    assertFalse(u1.getAddresses().remove(null));
    assertEquals(new ArrayList<>(List.of(a1)), u1.getAddresses());
  }
}
