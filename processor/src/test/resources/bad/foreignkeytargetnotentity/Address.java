package bad.foreignkeytargetnotentity;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Address {
  @Id Long id;

  @ForeignKey(String.class)
  Long userId;
}
