package good.sqlkeywords;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "group")
public class Group extends GroupRelations {
  @Id Long id;

  @Relationship(backPopulates = "group")
  Set<Order> orders;
}
