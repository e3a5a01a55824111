package bad.lifecycleparameternotentity;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Address extends AddressRelations {
  @Id Long id;
  String email;
  @ForeignKey(User.class) Long userId;

  @Relationship(backPopulates = "addresses")
  User user;
}
