package good.crosspackage.users;

import good.crosspackage.addresses.Address;
import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship(backPopulates = "user")
  List<Address> addresses;

  public User() {}
}
