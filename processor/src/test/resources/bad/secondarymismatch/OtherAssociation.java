package bad.secondarymismatch;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("other_association")
public class OtherAssociation {
  @ForeignKey(Parent.class) Long leftId;
  @ForeignKey(Child.class) Long rightId;
}
