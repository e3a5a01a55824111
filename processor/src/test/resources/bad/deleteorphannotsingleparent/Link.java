package bad.deleteorphannotsingleparent;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("link")
public class Link {
  @ForeignKey(Parent.class) Long leftId;
  @ForeignKey(Child.class) Long rightId;
}
