package bad.foreignkeywrongtarget;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Address {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
  @ForeignKey(Group.class) Long groupId;
  String email;
}
