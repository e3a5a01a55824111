package bad.deleteorphannotsingleparent;

import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "purchase")
public class Order extends OrderRelations {
  @Id Long id;
  @ForeignKey(User.class) Long buyerId;

  @Relationship(cascade = Cascade.DELETE_ORPHAN)
  User buyer;
}
