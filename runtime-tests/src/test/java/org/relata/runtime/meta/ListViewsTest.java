package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.users.User;

/** List iterators, sub-lists and sorting of a live list: they mirror, or reorder only. */
class ListViewsTest {
  private static final Comparator<Address> BY_EMAIL = Comparator.comparing(Address::getEmail);

  private final User u1 = new User("u1");
  private final User u2 = new User("u2");
  private final List<Address> a = new ArrayList<>();

  ListViewsTest() {
    for (int i = 0; i < 6; i++) {
      a.add(new Address("a" + i));
    }
  }

  @Test
  void listIteratorAddSetAndRemoveMirror() {
    u1.getAddresses().addAll(a.subList(0, 3));
    u2.getAddresses().add(a.get(4));
    ListIterator<Address> it = u1.getAddresses().listIterator();
    it.next();
    it.add(a.get(3));
    assertSame(u1, a.get(3).getUser());
    it.next();
    it.set(a.get(4));
    assertNull(a.get(1).getUser());
    assertSame(u1, a.get(4).getUser());
    assertTrue(u2.getAddresses().isEmpty());
    it.next();
    it.remove();
    assertNull(a.get(2).getUser());
    assertEquals(List.of(a.get(0), a.get(3), a.get(4)), u1.getAddresses());
    assertThrows(IllegalArgumentException.class, () -> it.add(a.get(0)));
    assertEquals(List.of(a.get(0), a.get(3), a.get(4)), u1.getAddresses());
  }

  @Test
  void subListChangesMirrorAndTheViewFollows() {
    u1.getAddresses().addAll(a.subList(0, 4));
    List<Address> middle = u1.getAddresses().subList(1, 3);
    middle.add(a.get(5));
    assertSame(u1, a.get(5).getUser());
    assertEquals(List.of(a.get(1), a.get(2), a.get(5)), middle);
    assertSame(a.get(1), middle.remove(0));
    assertNull(a.get(1).getUser());
    middle.set(0, a.get(4));
    assertNull(a.get(2).getUser());
    assertEquals(List.of(a.get(0), a.get(4), a.get(5), a.get(3)), u1.getAddresses());
    middle.clear();
    assertNull(a.get(4).getUser());
    assertNull(a.get(5).getUser());
    assertEquals(List.of(a.get(0), a.get(3)), u1.getAddresses());
    assertEquals(0, middle.size());
  }

  @Test
  void subListAddAllOfRepeatsStaysInStep() {
    u1.getAddresses().addAll(a.subList(0, 2));
    List<Address> head = u1.getAddresses().subList(0, 1);
    assertTrue(head.addAll(List.of(a.get(4), a.get(4), a.get(5))));
    assertEquals(List.of(a.get(0), a.get(4), a.get(5)), head);
    assertEquals(List.of(a.get(0), a.get(4), a.get(5), a.get(1)), u1.getAddresses());
    List<Address> inner = head.subList(1, 3);
    inner.remove(a.get(4));
    assertEquals(2, head.size());
    assertNull(a.get(4).getUser());
  }

  @Test
  void subListSortsItsRangeOnly() {
    u1.getAddresses().addAll(List.of(a.get(3), a.get(2), a.get(1), a.get(0)));
    u1.getAddresses().subList(1, 4).sort(BY_EMAIL);
    assertEquals(List.of(a.get(3), a.get(0), a.get(1), a.get(2)), u1.getAddresses());
  }

  @Test
  void subListFailsFastWhenTheListChangesBehindIt() {
    u1.getAddresses().addAll(a.subList(0, 3));
    List<Address> view = u1.getAddresses().subList(0, 2);
    a.get(0).setUser(u2);
    assertThrows(ConcurrentModificationException.class, view::size);
  }

  @Test
  void sortReordersWithoutChangingAnyLink() {
    u1.getAddresses().addAll(List.of(a.get(2), a.get(0), a.get(1)));
    u1.getAddresses().sort(BY_EMAIL);
    assertEquals(a.subList(0, 3), u1.getAddresses());
    Collections.sort(u1.getAddresses(), BY_EMAIL.reversed());
    assertEquals(List.of(a.get(2), a.get(1), a.get(0)), u1.getAddresses());
    for (int i = 0; i < 3; i++) {
      assertSame(u1, a.get(i).getUser());
    }
    StoreChecks.assertConsistent(u1.getAddresses());
  }

  @Test
  void aComparatorThatFailsPartWayLeavesALongListAsItWas() {
    // Large enough for TimSort's merges, which leave an array corrupted when a comparison throws.
    List<Address> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(new Address(String.format("m%03d", i)));
    }
    Collections.shuffle(many, new Random(7));
    for (int budget : new int[] {10, 400, 2000, 3500}) {
      u1.setAddresses(many);
      int[] left = {budget};
      Comparator<Address> failing =
          (x, y) -> {
            if (--left[0] < 0) {
              throw new IllegalStateException("no more comparisons");
            }
            return BY_EMAIL.compare(x, y);
          };
      assertThrows(IllegalStateException.class, () -> u1.getAddresses().sort(failing));
      assertEquals(many, u1.getAddresses());
      StoreChecks.assertConsistent(u1.getAddresses());
    }
  }

  @Test
  void algorithmsThatSwapThroughSetAreRefusedAndChangeNothing() {
    // Collections.reverse and swap hold one element twice for a moment, which a relationship
    // cannot; sort() is the way to reorder.
    u1.getAddresses().addAll(a.subList(0, 3));
    assertThrows(IllegalArgumentException.class, () -> Collections.reverse(u1.getAddresses()));
    assertThrows(IllegalArgumentException.class, () -> Collections.swap(u1.getAddresses(), 0, 2));
    assertEquals(a.subList(0, 3), u1.getAddresses());
    StoreChecks.assertConsistent(u1.getAddresses());
  }
}
