package bad.orderbycontrolcharacter;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Address {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
  String email;
}
