package bad.fieldfinal;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Address {
  @Id Long id;
  final String email = "";
  @ForeignKey(User.class) Long userId;
}
