package bad.targetnotentity;

import org.relata.ForeignKey;
import org.relata.Id;

public class Address {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
}
