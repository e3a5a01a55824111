package org.relata.it.model.graph;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A self-referential adjacency list: the collection is the parent's side. */
@Entity
public class Node extends NodeRelations {
  @Id Long id;
  String label;

  @ForeignKey(Node.class)
  Long parentId;

  @Relationship(backPopulates = "parent")
  List<Node> children;

  @Relationship(backPopulates = "children")
  Node parent;

  public Node() {}

  public Node(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return "Node(" + label + ")";
  }
}
