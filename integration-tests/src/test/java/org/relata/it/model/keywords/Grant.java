package org.relata.it.model.keywords;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The link table between tracks and tags, named {@code grant}. */
@AssociationTable("grant")
public class Grant {
  @ForeignKey(Track.class)
  Long trackId;

  @ForeignKey(Tag.class)
  Long tagId;
}
