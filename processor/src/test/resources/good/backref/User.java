package good.backref;

import java.util.List;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship
  @Backref("user")
  List<Address> addresses;

  @Relationship
  @Backref(value = "owner", uselist = false)
  Profile profile;
}
