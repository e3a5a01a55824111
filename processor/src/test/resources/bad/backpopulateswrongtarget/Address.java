package bad.backpopulateswrongtarget;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Address extends AddressRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
  @ForeignKey(Group.class) Long groupId;

  @Relationship User user;
  @Relationship Group group;
}
