package bad.deleteorphannotsingleparent;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Address extends AddressRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
}
