package bad.secondarymismatch;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "right")
public class Child extends ChildRelations {
  @Id Long id;

  @Relationship(secondary = OtherAssociation.class, backPopulates = "children")
  Set<Parent> parents;
}
