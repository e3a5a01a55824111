package bad.secondaryrequiredwithtable;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

/** The link table exists; both sides forget to name it. */
@AssociationTable("membership")
public class Membership {
  @ForeignKey(Parent.class) Long parentId;
  @ForeignKey(Child.class) Long childId;
}
