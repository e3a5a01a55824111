package bad.foreignkeymissing;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Address {
  @Id Long id;
  Long userId;
}
