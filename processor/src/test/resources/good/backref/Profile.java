package good.backref;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Profile extends ProfileRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
}
