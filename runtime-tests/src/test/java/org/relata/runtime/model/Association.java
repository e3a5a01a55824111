package org.relata.runtime.model;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The pure link table of the many-to-many between {@link Parent} and {@link Child}. */
@AssociationTable("association")
public class Association {
  @ForeignKey(Parent.class)
  Long leftId;

  @ForeignKey(Child.class)
  Long rightId;
}
