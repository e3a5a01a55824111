package good.crosspackage.addresses;

import good.crosspackage.tags.Tag;
import good.crosspackage.users.User;
import java.util.Set;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Address extends AddressRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;

  @Relationship(backPopulates = "addresses")
  User user;

  @Relationship(secondary = AddressTag.class)
  @Backref("addresses")
  Set<Tag> tags;

  public Address() {}
}
