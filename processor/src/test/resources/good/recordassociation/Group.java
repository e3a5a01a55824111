package good.recordassociation;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "group")
public class Group extends GroupRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = Membership.class, backPopulates = "groups", orderBy = "id")
  List<User> members;
}
