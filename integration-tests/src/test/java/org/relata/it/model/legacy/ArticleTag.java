package org.relata.it.model.legacy;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** A link table declared as a class rather than a record. */
@AssociationTable
public class ArticleTag {
  @ForeignKey(Article.class)
  Long articleId;

  @ForeignKey(Tag.class)
  Long tagId;
}
