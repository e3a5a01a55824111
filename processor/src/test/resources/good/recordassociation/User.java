package good.recordassociation;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "user")
public class User extends UserRelations {
  @Id Long id;

  @Relationship(secondary = Membership.class, backPopulates = "members")
  Set<Group> groups;
}
