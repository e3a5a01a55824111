package bad.directionambiguous;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Profile extends ProfileRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;

  @Relationship(backPopulates = "profile")
  User user;
}
