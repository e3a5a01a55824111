package good.oneway;

import java.util.Collection;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship Collection<Address> addresses;
}
