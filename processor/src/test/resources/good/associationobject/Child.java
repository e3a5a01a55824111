package good.associationobject;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "right")
public class Child extends ChildRelations {
  @Id Long id;

  @Relationship(backPopulates = "child")
  List<Association> parentAssociations;
}
