package good.onetomany;

import org.relata.Column;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.OnDelete;
import org.relata.Relationship;

@Entity
public class Address extends AddressRelations {
  @Id Long id;

  @Column("email_address")
  String email;

  @ForeignKey(value = User.class, onDelete = OnDelete.CASCADE)
  Long userId;

  @Relationship(backPopulates = "addresses")
  User user;
}
