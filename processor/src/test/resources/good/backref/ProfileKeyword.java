package good.backref;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable
public record ProfileKeyword(@ForeignKey(Profile.class) Long profileId, @ForeignKey(Keyword.class) Long keywordId) {}
