package bad.manymistakes;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

@Entity(table = "user account")
public class User extends UserRelations {
  @Id Long id;

  @Relationship(backPopulates = "owner", orderBy = "emial")
  List<Address> addresses;

  @Relationship(lazy = Lazy.JOINED)
  private Tag favourite;
}
