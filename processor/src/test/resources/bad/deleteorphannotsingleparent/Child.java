package bad.deleteorphannotsingleparent;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "right")
public class Child extends ChildRelations {
  @Id Long id;

  @Relationship(secondary = Link.class, backPopulates = "children")
  Set<Parent> parents;
}
