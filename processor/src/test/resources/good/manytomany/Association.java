package good.manytomany;

import org.relata.AssociationTable;
import org.relata.ForeignKey;
import org.relata.OnDelete;

@AssociationTable("association")
public class Association {
  @ForeignKey(value = Parent.class, onDelete = OnDelete.CASCADE) Long leftId;
  @ForeignKey(value = Child.class, onDelete = OnDelete.CASCADE) Long rightId;
}
