package bad.relationshipaccessoroverridden;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "user_account")
public class User extends UserRelations {
  @Id Long id;

  @Relationship(backPopulates = "user")
  List<Address> addresses;

  /** Returns the storage field, which bypasses loading and mirroring. */
  public List<Address> getAddresses() {
    return addresses;
  }
}
