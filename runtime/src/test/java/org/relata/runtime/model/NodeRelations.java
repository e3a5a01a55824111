package org.relata.runtime.model;

import java.util.List;
import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Node}. */
public abstract class NodeRelations extends EntityRelations {
  public Node getParent() {
    return Node_.PARENT.get((Node) this);
  }

  public void setParent(Node parent) {
    Node_.PARENT.set((Node) this, parent);
  }

  public List<Node> getChildren() {
    return Node_.CHILDREN.list((Node) this);
  }
}
