package bad.secondaryrequiredwithtable;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "left")
public class Parent extends ParentRelations {
  @Id Long id;

  @Relationship(backPopulates = "parents")
  List<Child> children;
}
