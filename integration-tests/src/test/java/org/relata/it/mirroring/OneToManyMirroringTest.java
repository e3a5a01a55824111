package org.relata.it.mirroring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.User;

/** One-to-many with backPopulates on both sides: every accessor mirrors onto the other side. */
class OneToManyMirroringTest {
  private final User ed = new User("ed");
  private final User wendy = new User("wendy");
  private final Address a1 = new Address("a1@x");
  private final Address a2 = new Address("a2@x");
  private final Address a3 = new Address("a3@x");

  @Test
  void addSetsTheScalarAtOnce() {
    ed.getAddresses().add(a1);
    assertSame(ed, a1.getUser());
    assertEquals(List.of(a1), ed.getAddresses());
  }

  @Test
  void movingBetweenCollectionsTakesItFromTheOldOwner() {
    ed.getAddresses().add(a1);
    wendy.getAddresses().add(a1);
    assertSame(wendy, a1.getUser());
    assertEquals(List.of(), ed.getAddresses());
    assertEquals(List.of(a1), wendy.getAddresses());
  }

  @Test
  void movingThroughTheScalar() {
    a1.setUser(ed);
    assertEquals(List.of(a1), ed.getAddresses());
    a1.setUser(wendy);
    assertEquals(List.of(), ed.getAddresses());
    assertEquals(List.of(a1), wendy.getAddresses());
    a1.setUser(null);
    assertEquals(List.of(), wendy.getAddresses());
    assertNull(a1.getUser());
  }

  @Test
  void bulkAssignmentStealsFromThePreviousOwnerAndDropsTheOldContents() {
    ed.getAddresses().addAll(List.of(a1, a2));
    wendy.getAddresses().add(a3);
    wendy.setAddresses(List.of(a2, a3));
    assertEquals(List.of(a1), ed.getAddresses());
    assertEquals(List.of(a2, a3), wendy.getAddresses());
    assertSame(wendy, a2.getUser());
    ed.setAddresses(List.of(a3));
    assertEquals(List.of(a3), ed.getAddresses());
    assertEquals(List.of(a2), wendy.getAddresses());
    assertNull(a1.getUser(), "a1 left ed's collection");
  }

  @Test
  void bulkAssignmentFromAnotherOwnersLiveList() {
    ed.getAddresses().addAll(List.of(a1, a2));
    wendy.setAddresses(ed.getAddresses());
    assertEquals(List.of(), ed.getAddresses());
    assertEquals(List.of(a1, a2), wendy.getAddresses());
  }

  @Test
  void removalByIndexClearsTheScalar() {
    ed.getAddresses().addAll(List.of(a1, a2, a3));
    assertSame(a2, ed.getAddresses().remove(1));
    assertNull(a2.getUser());
    assertEquals(List.of(a1, a3), ed.getAddresses());
  }

  @Test
  void replacementWithSetMirrorsBoth() {
    ed.getAddresses().addAll(List.of(a1, a2));
    wendy.getAddresses().add(a3);
    assertSame(a1, ed.getAddresses().set(0, a3));
    assertNull(a1.getUser());
    assertSame(ed, a3.getUser());
    assertEquals(List.of(a3, a2), ed.getAddresses());
    assertEquals(List.of(), wendy.getAddresses());
  }

  @Test
  void nullIsRejectedAndNothingChanges() {
    ed.getAddresses().add(a1);
    assertThrows(NullPointerException.class, () -> ed.getAddresses().add(null));
    assertThrows(
        NullPointerException.class, () -> ed.getAddresses().addAll(Arrays.asList(a2, null)));
    assertThrows(NullPointerException.class, () -> ed.setAddresses(Arrays.asList(a2, null)));
    assertEquals(List.of(a1), ed.getAddresses());
    assertNull(a2.getUser());
  }

  @Test
  void iteratorRemoveMirrors() {
    ed.getAddresses().addAll(List.of(a1, a2, a3));
    Iterator<Address> it = ed.getAddresses().iterator();
    while (it.hasNext()) {
      if (it.next() != a3) {
        it.remove();
      }
    }
    assertEquals(List.of(a3), ed.getAddresses());
    assertNull(a1.getUser());
    assertNull(a2.getUser());
    assertSame(ed, a3.getUser());
  }

  @Test
  void removeIfRemoveAllRetainAllAndClearMirror() {
    ed.getAddresses().addAll(List.of(a1, a2, a3));
    assertTrue(ed.getAddresses().removeIf(a -> a == a1));
    assertNull(a1.getUser());
    assertTrue(ed.getAddresses().removeAll(List.of(a2)));
    assertNull(a2.getUser());
    ed.getAddresses().addAll(List.of(a1, a2));
    assertTrue(ed.getAddresses().retainAll(List.of(a2)));
    assertEquals(List.of(a2), ed.getAddresses());
    assertNull(a1.getUser());
    assertNull(a3.getUser());
    ed.getAddresses().clear();
    assertNull(a2.getUser());
    assertTrue(ed.getAddresses().isEmpty());
  }

  @Test
  void listIteratorAddSetAndRemoveMirror() {
    ed.getAddresses().add(a1);
    ListIterator<Address> it = ed.getAddresses().listIterator();
    it.add(a2);
    assertSame(ed, a2.getUser());
    assertSame(a1, it.next());
    it.set(a3);
    assertNull(a1.getUser());
    assertSame(ed, a3.getUser());
    it.remove();
    assertNull(a3.getUser());
    assertEquals(List.of(a2), ed.getAddresses());
  }

  @Test
  void subListChangesMirror() {
    ed.getAddresses().addAll(List.of(a1, a2, a3));
    List<Address> middle = ed.getAddresses().subList(1, 3);
    middle.remove(a2);
    assertNull(a2.getUser());
    middle.clear();
    assertNull(a3.getUser());
    assertEquals(List.of(a1), ed.getAddresses());
    ed.getAddresses().subList(0, 1).add(wendyAddress());
    assertEquals(2, ed.getAddresses().size());
  }

  @Test
  void addingTwiceKeepsOneLink() {
    ed.getAddresses().add(a1);
    assertFalse(ed.getAddresses().add(a1));
    a1.setUser(ed);
    assertEquals(List.of(a1), ed.getAddresses());
    assertThrows(IllegalArgumentException.class, () -> ed.getAddresses().add(0, a1));
    assertEquals(List.of(a1), ed.getAddresses());
  }

  @Test
  void copyingTheListGivesAPlainSnapshot() {
    ed.getAddresses().addAll(List.of(a1, a2));
    List<Address> copy = new ArrayList<>(ed.getAddresses());
    copy.clear();
    assertEquals(List.of(a1, a2), ed.getAddresses());
  }

  private Address wendyAddress() {
    Address a = new Address("w@x");
    wendy.getAddresses().add(a);
    return a;
  }
}
