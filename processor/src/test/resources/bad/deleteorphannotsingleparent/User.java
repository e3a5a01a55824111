package bad.deleteorphannotsingleparent;

import java.util.List;
import org.relata.Backref;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "user_account")
public class User extends UserRelations {
  @Id Long id;

  @Relationship
  @Backref(value = "user", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  List<Address> addresses;
}
