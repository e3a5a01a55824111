package bad.findparameterunknown;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;
  String name;
  int age;

  @Relationship(backPopulates = "user")
  List<Address> addresses;
}
