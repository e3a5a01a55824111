package upstream.accounts;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** An entity of an upstream module, compiled into its own jar before the downstream module. */
@Entity(table = "user_account")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "user")
  List<Address> addresses;
}
