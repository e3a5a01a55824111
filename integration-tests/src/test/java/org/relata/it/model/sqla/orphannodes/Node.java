package org.relata.it.model.sqla.orphannodes;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * O2MSelfReferentialDetelOrphanTest's {@code node}: {@code children = relationship(Node,
 * cascade="all, delete-orphan", backref=backref("parent", remote_side=node.c.id))}.
 */
@Entity(table = "node")
public class Node extends NodeRelations {
  @Id Long id;

  @ForeignKey(Node.class)
  Long parentId;

  String data;

  @Relationship(
      backPopulates = "parent",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Node> children;

  @Relationship(backPopulates = "children")
  Node parent;

  public Node() {}

  public Node(String data) {
    this.data = data;
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setData(String data) {
    this.data = data;
  }

  @Override
  public String toString() {
    return "Node(" + data + ")";
  }
}
