package org.relata.it.model.sqla.conflict;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** O2MConflictTest's {@code child}. */
@Entity(table = "child")
public class Child {
  @Id Long id;

  @ForeignKey(Parent.class)
  Long parentId;

  @ForeignKey(Parent.class)
  Long onlyParentId;

  public Child() {}

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public Long getOnlyParentId() {
    return onlyParentId;
  }
}
