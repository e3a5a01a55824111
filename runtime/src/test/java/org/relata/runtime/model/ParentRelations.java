package org.relata.runtime.model;

import java.util.List;
import org.relata.runtime.meta.EntityRelations;

/** As generated for {@link Parent}. */
public abstract class ParentRelations extends EntityRelations {
  public List<Child> getChildren() {
    return Parent_.CHILDREN.list((Parent) this);
  }
}
