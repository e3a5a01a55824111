package bad.deleteorphannotsingleparent;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "left")
public class Parent extends ParentRelations {
  @Id Long id;

  @Relationship(
      secondary = Link.class,
      backPopulates = "parents",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Child> children;
}
