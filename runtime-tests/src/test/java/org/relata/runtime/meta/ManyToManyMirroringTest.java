package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.model.Child;
import org.relata.runtime.meta.fixture.model.Parent;

/** A many-to-many with a {@code List} on one side and a {@code Set} on the other. */
class ManyToManyMirroringTest {
  private final Parent p1 = new Parent("p1");
  private final Parent p2 = new Parent("p2");
  private final Child c1 = new Child("c1");
  private final Child c2 = new Child("c2");
  private final Child c3 = new Child("c3");

  @Test
  void linksMirrorFromBothSidesAndAreShared() {
    p1.getChildren().add(c1);
    p2.getChildren().add(c1);
    c2.getParents().add(p1);
    assertEquals(List.of(c1, c2), p1.getChildren());
    assertEquals(List.of(c1), p2.getChildren());
    assertEquals(Set.of(p1, p2), c1.getParents());
    assertEquals(Set.of(p1), c2.getParents());
  }

  @Test
  void theSetKeepsInsertionOrderAndIgnoresRepeats() {
    c1.getParents().add(p2);
    c1.getParents().add(p1);
    assertFalse(c1.getParents().add(p2));
    assertEquals(List.of(p2, p1), List.copyOf(c1.getParents()));
    assertThrows(NullPointerException.class, () -> c1.getParents().add(null));
    assertEquals(2, c1.getParents().size());
  }

  @Test
  void removalsMirrorFromEitherSide() {
    p1.getChildren().addAll(List.of(c1, c2, c3));
    c2.getParents().remove(p1);
    assertEquals(List.of(c1, c3), p1.getChildren());
    p1.getChildren().remove(c3);
    assertTrue(c3.getParents().isEmpty());
    p1.getChildren().set(0, c2);
    assertTrue(c1.getParents().isEmpty());
    assertEquals(Set.of(p1), c2.getParents());
  }

  @Test
  void setSideBulkOperationsAndIteratorRemoveMirror() {
    c1.getParents().addAll(List.of(p1, p2));
    c2.getParents().addAll(List.of(p1, p2));
    c1.getParents().retainAll(List.of(p2));
    assertEquals(List.of(c2), p1.getChildren());
    for (Iterator<Parent> it = c2.getParents().iterator(); it.hasNext(); ) {
      if (it.next() == p2) {
        it.remove();
      }
    }
    assertEquals(List.of(c1), p2.getChildren());
    c1.getParents().clear();
    assertTrue(p2.getChildren().isEmpty());
    assertEquals(List.of(c2), p1.getChildren());
  }

  @Test
  void replaceFromTheSetSide() {
    c1.getParents().add(p1);
    c1.setParents(List.of(p2, p2));
    assertTrue(p1.getChildren().isEmpty());
    assertEquals(List.of(c1), p2.getChildren());
    c2.setParents(c1.getParents());
    assertEquals(Set.of(p2), c1.getParents());
    assertEquals(List.of(c1, c2), p2.getChildren());
  }

  @Test
  void setIteratorsFailFast() {
    c1.getParents().addAll(List.of(p1, p2));
    Iterator<Parent> it = c1.getParents().iterator();
    it.next();
    p1.getChildren().remove(c1);
    assertThrows(ConcurrentModificationException.class, it::next);
    Iterator<Parent> again = c1.getParents().iterator();
    assertThrows(IllegalStateException.class, again::remove);
  }
}
