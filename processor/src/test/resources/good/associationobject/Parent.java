package good.associationobject;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "left")
public class Parent extends ParentRelations {
  @Id Long id;

  @Relationship(backPopulates = "parent")
  List<Association> childAssociations;

  @Relationship(secondary = Association.class, viewonly = true)
  List<Child> children;
}
