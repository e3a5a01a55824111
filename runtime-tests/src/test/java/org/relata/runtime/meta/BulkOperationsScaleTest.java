package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.model.Child;
import org.relata.runtime.meta.fixture.model.Parent;
import org.relata.runtime.meta.fixture.users.User;
import org.relata.runtime.meta.fixture.users.User_;

/**
 * Bulk operations on very large collections give the right result on both sides. The size is chosen
 * so that a quadratic implementation would take minutes instead of milliseconds and make the build
 * visibly slow; no time limit is asserted here, because a timed unit test fails on a loaded machine
 * rather than on a regression (speed is measured by the benchmarks).
 */
class BulkOperationsScaleTest {
  private static final int N = 200_000;

  private static List<Address> addresses() {
    List<Address> list = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      list.add(new Address("a" + i));
    }
    return list;
  }

  @Test
  void oneToManyBulkOperations() {
    List<Address> all = addresses();
    User u1 = new User("u1");
    User u2 = new User("u2");
    u1.getAddresses().addAll(all);
    // Taking everything from one owner, by addAll and by replacement with its live list.
    u2.getAddresses().addAll(u1.getAddresses());
    assertTrue(u1.getAddresses().isEmpty());
    u1.setAddresses(u2.getAddresses());
    assertTrue(u2.getAddresses().isEmpty());
    assertSame(u1, all.get(N - 1).getUser());

    u1.getAddresses().removeAll(all.subList(0, N / 2));
    assertEquals(N / 2, u1.getAddresses().size());
    assertNull(all.get(0).getUser());
    u1.getAddresses().retainAll(new ArrayList<>(all.subList(N / 2, 3 * N / 4)));
    assertEquals(N / 4, u1.getAddresses().size());
    u1.getAddresses().addAll(0, all.subList(0, N / 2));
    u1.getAddresses().subList(10, N / 2).clear();
    assertEquals(10 + N / 4, u1.getAddresses().size());

    List<Address> reversed = new ArrayList<>(u1.getAddresses());
    Collections.reverse(reversed);
    u1.setAddresses(reversed);
    assertEquals(reversed, u1.getAddresses());
    u1.getAddresses().removeIf(a -> a.getEmail().endsWith("7"));

    RelationCollection<Address> tracked = User_.ADDRESSES.tracked(u1);
    SessionBridge.markClean(tracked);
    u1.getAddresses().removeAll(u1.getAddresses().subList(0, 1000));
    assertEquals(1000, SessionBridge.removed(tracked).size());
    assertEquals(0, SessionBridge.added(tracked).size());
    u1.getAddresses().clear();
    assertNull(all.get(N - 1).getUser());
    StoreChecks.assertConsistent(u1.getAddresses());
  }

  @Test
  void unlinkingOneByOneFromTheEndIsLinear() {
    List<Address> all = addresses();
    User u = new User("u");
    u.getAddresses().addAll(all);
    // Undoing the latest additions one at a time: each is found at once from the end.
    for (int i = N - 1; i >= N / 2; i--) {
      all.get(i).setUser(null);
    }
    for (int i = N / 2 - 1; i >= 0; i--) {
      u.getAddresses().remove(all.get(i));
    }
    assertTrue(u.getAddresses().isEmpty());
  }

  @Test
  void manyToManyBulkOperationsOnBothSides() {
    List<Child> children = new ArrayList<>(N);
    List<Parent> parents = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      children.add(new Child("c" + i));
      parents.add(new Parent("p" + i));
    }
    Parent p = parents.get(0);
    Child c = children.get(0);
    p.getChildren().addAll(children);
    p.getChildren().removeAll(children.subList(0, N / 2));
    p.getChildren().retainAll(new ArrayList<>(children.subList(N / 2, 3 * N / 4)));
    assertEquals(N / 4, p.getChildren().size());
    p.setChildren(children);
    p.getChildren().clear();
    assertTrue(children.get(N - 1).getParents().isEmpty());

    c.getParents().addAll(parents);
    c.getParents().removeAll(parents.subList(0, N / 2));
    c.getParents().retainAll(new ArrayList<>(parents.subList(N / 2, 3 * N / 4)));
    assertEquals(N / 4, c.getParents().size());
    c.setParents(parents);
    assertEquals(List.of(c), parents.get(N - 1).getChildren());
    c.getParents().clear();
    assertTrue(parents.get(N - 1).getChildren().isEmpty());
  }
}
