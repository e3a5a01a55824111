package bad.relationshipoutsideentity;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Address {
  @Id Long id;
}
