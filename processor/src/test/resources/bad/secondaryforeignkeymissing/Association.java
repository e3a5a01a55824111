package bad.secondaryforeignkeymissing;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("association")
public class Association {
  @ForeignKey(Parent.class) Long leftId;
  Long rightId;
}
