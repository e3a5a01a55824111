package org.relata.it.model.sqla.keywords;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** SQLAlchemy's fixture {@code item_keywords}: the link table between items and keywords. */
@AssociationTable("item_keywords")
public record ItemKeyword(
    @ForeignKey(Item.class) Long itemId, @ForeignKey(Keyword.class) Long keywordId) {}
