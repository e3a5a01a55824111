package org.relata.it.model.sqla.nodes;

import java.util.List;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * SQLAlchemy's fixture {@code nodes}, with {@code children = relationship(Node,
 * backref=backref("parent", remote_side=nodes.c.id))}.
 */
@Entity(table = "nodes")
public class Node extends NodeRelations {
  @Id Long id;

  @ForeignKey(Node.class)
  Long parentId;

  String data;

  @Relationship(backPopulates = "parent")
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
