package bad.foreignkeytypemismatch;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class User {
  @Id Long id;
}
