package bad.manymistakes;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Address extends AddressRelations {
  @Id Long id;
  String email;
  @ForeignKey(User.class) Integer userId;

  @Relationship(backPopulates = "addresses")
  User user;

  Address(String email) {
    this.email = email;
  }
}
