package bad.sqlnameinvalid;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("tag-link")
public class Link {
  @ForeignKey(Tag.class) Long leftId;
  @ForeignKey(Tag.class) Long rightId;
}
