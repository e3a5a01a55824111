package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.model.Node;

/** An adjacency list and a many-to-many from a class to itself, cycles included. */
class SelfReferentialMirroringTest {
  private final Node root = new Node("root");
  private final Node mid = new Node("mid");
  private final Node leaf = new Node("leaf");

  @Test
  void childrenAndParentMirror() {
    root.getChildren().add(mid);
    leaf.setParent(mid);
    assertSame(root, mid.getParent());
    assertEquals(List.of(leaf), mid.getChildren());
    leaf.setParent(root);
    assertTrue(mid.getChildren().isEmpty());
    assertEquals(List.of(mid, leaf), root.getChildren());
  }

  @Test
  void aNodeCanBeItsOwnChild() {
    root.getChildren().add(mid);
    mid.getChildren().add(mid);
    assertSame(mid, mid.getParent());
    assertEquals(List.of(mid), mid.getChildren());
    assertTrue(root.getChildren().isEmpty());
    mid.getChildren().clear();
    assertNull(mid.getParent());
  }

  @Test
  void addingAnAncestorAsAChildMakesACycleAndKeepsBothSidesInStep() {
    root.getChildren().add(mid);
    mid.getChildren().add(leaf);
    leaf.getChildren().add(root);
    assertSame(leaf, root.getParent());
    assertSame(mid, leaf.getParent());
    assertSame(root, mid.getParent());
    leaf.setChildren(List.of(mid));
    assertNull(root.getParent());
    assertSame(leaf, mid.getParent());
    assertTrue(root.getChildren().isEmpty());
    assertEquals(List.of(mid), leaf.getChildren());
    assertEquals(List.of(leaf), mid.getChildren());
  }

  @Test
  void selfManyToManyIncludingALinkToItself() {
    root.getOutgoing().addAll(List.of(root, mid));
    assertEquals(Set.of(root), root.getIncoming());
    assertEquals(Set.of(root), mid.getIncoming());
    mid.getIncoming().add(leaf);
    assertEquals(List.of(mid), leaf.getOutgoing());
    root.getOutgoing().clear();
    assertTrue(root.getIncoming().isEmpty());
    assertEquals(Set.of(leaf), mid.getIncoming());
  }
}
