package org.relata.it.mirroring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.it.model.graph.Node;
import org.relata.it.model.legacy.Category;
import org.relata.runtime.meta.RelationshipKind;

/**
 * A self-referential adjacency list: the collection is the parent's side, the scalar the child's.
 */
class AdjacencyListTest {
  @Test
  void directionsComeFromTheShapes() {
    assertEquals(RelationshipKind.ONE_TO_MANY, Node.CHILDREN.kind());
    assertEquals(RelationshipKind.MANY_TO_ONE, Node.PARENT.kind());
  }

  @Test
  void childrenAndParentMirror() {
    Node root = new Node("root");
    Node a = new Node("a");
    Node b = new Node("b");
    root.getChildren().add(a);
    a.getChildren().add(b);
    assertSame(root, a.getParent());
    assertSame(a, b.getParent());
    b.setParent(root);
    assertEquals(List.of(), a.getChildren());
    assertEquals(List.of(a, b), root.getChildren());
    root.getChildren().remove(a);
    assertNull(a.getParent());
  }

  @Test
  void legacyBackrefFormOfTheSameTree() {
    Category root = new Category("root");
    Category leaf = new Category("leaf");
    leaf.setParent(root);
    assertEquals(List.of(leaf), root.getSubcategories());
    root.getSubcategories().clear();
    assertNull(leaf.getParent());
  }
}
