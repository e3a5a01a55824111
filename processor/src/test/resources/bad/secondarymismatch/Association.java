package bad.secondarymismatch;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("association")
public class Association {
  @ForeignKey(Parent.class) Long leftId;
  @ForeignKey(Child.class) Long rightId;
}
