package org.relata.runtime.model;

import java.util.List;

/** A self-referential tree node: the collection is the parent's side. */
public class Node extends NodeRelations {
  Long id;
  String name;
  Long parentId;
  Node parent;
  List<Node> children;

  public Node() {}

  public Node(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Long getParentId() {
    return parentId;
  }
}
