package org.relata.bench.db.model;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The {@code parent_child} link table. */
@AssociationTable("parent_child")
public class RParentChild {
  @ForeignKey(RParent.class)
  Long parentId;

  @ForeignKey(RChild.class)
  Long childId;
}
