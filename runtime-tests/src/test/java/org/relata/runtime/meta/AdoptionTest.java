package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.addresses.Address;
import org.relata.runtime.meta.fixture.model.Child;
import org.relata.runtime.meta.fixture.model.Node;
import org.relata.runtime.meta.fixture.model.Parent;
import org.relata.runtime.meta.fixture.users.User;

/** Storage that the application initialised itself is adopted on first access, with mirroring. */
class AdoptionTest {
  private final Address a1 = new Address("a1");
  private final Address a2 = new Address("a2");

  @Test
  void anInitialisedListIsAdoptedAndMirrored() {
    User u = new User("u", new ArrayList<>(List.of(a1, a2, a1)));
    assertEquals(List.of(a1, a2), u.getAddresses());
    assertSame(u, a1.getUser());
    assertSame(u, a2.getUser());
    StoreChecks.assertConsistent(u.getAddresses());
  }

  @Test
  void adoptionTakesElementsFromTheirPreviousOwner() {
    User old = new User("old");
    old.getAddresses().add(a1);
    User u = new User("u", new ArrayList<>(List.of(a1)));
    assertEquals(List.of(a1), u.getAddresses());
    assertTrue(old.getAddresses().isEmpty());
  }

  @Test
  void mirroringOntoAnInitialisedListAdoptsItFirst() {
    User u = new User("u", new ArrayList<>(List.of(a1)));
    a2.setUser(u);
    assertEquals(List.of(a1, a2), u.getAddresses());
    assertSame(u, a1.getUser());
  }

  @Test
  void adoptionOnBothSidesOfAManyToMany() {
    Parent p = new Parent("p");
    Child c = new Child("c", new LinkedHashSet<>(List.of(p)));
    Child d = new Child("d", new LinkedHashSet<>(List.of(p)));
    p.getChildren().add(d);
    assertEquals(List.of(d), p.getChildren());
    assertEquals(Set.of(p), c.getParents());
    assertEquals(List.of(d, c), p.getChildren());
    assertEquals(Set.of(p), d.getParents());
  }

  @Test
  void aNullInInitialisedStorageIsRejectedAndTheFieldKeptAsItWas() {
    List<Address> initial = new ArrayList<>(Arrays.asList(a1, null));
    User u = new User("u", initial);
    NullPointerException e = assertThrows(NullPointerException.class, u::getAddresses);
    assertTrue(e.getMessage().contains("User.addresses cannot hold null"), e.getMessage());
    assertSame(initial, u.rawAddresses());
    assertNull(a1.getUser());
    initial.remove(null);
    assertEquals(List.of(a1), u.getAddresses());
  }

  @Test
  void anotherRelationshipsLiveListStoredInTheFieldIsCopiedNotShared() {
    Node n = new Node("n");
    Node kid = new Node("kid");
    n.getChildren().add(kid);
    n.storeChildrenListAsOutgoing();
    List<Node> outgoing = n.getOutgoing();
    assertNotSame(n.getChildren(), outgoing);
    assertEquals(List.of(kid), outgoing);
    assertEquals(Set.of(n), kid.getIncoming());
    outgoing.clear();
    assertEquals(List.of(kid), n.getChildren());
    assertSame(n, kid.getParent());
  }

  @Test
  void anotherOwnersLiveListStoredInTheFieldIsAdoptedByStealing() {
    User first = new User("first");
    first.getAddresses().addAll(List.of(a1, a2));
    User second = new User("second", first.getAddresses());
    assertEquals(List.of(a1, a2), second.getAddresses());
    assertTrue(first.getAddresses().isEmpty());
    assertSame(second, a2.getUser());
  }
}
