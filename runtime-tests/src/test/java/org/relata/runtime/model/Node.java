package org.relata.runtime.model;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A self-referential tree node: the collection is the parent's side. */
@Entity
public class Node extends NodeRelations {
  @Id Long id;
  String name;

  @ForeignKey(Node.class)
  Long parentId;

  @Relationship(backPopulates = "children")
  Node parent;

  @Relationship(backPopulates = "parent", cascade = Cascade.ALL, orderBy = "name")
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
