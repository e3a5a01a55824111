package bad.relationshipoutsideentity;

import java.util.List;
import org.relata.Relationship;

public class UserView {
  Long id;

  @Relationship
  List<Address> addresses;
}
