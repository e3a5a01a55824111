package bad.directionambiguous;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;
  @ForeignKey(Profile.class) Long profileId;

  @Relationship(backPopulates = "user")
  Profile profile;
}
