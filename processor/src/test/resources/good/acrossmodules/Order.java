package good.acrossmodules;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;
import upstream.accounts.User;

/** A one-way relationship to an entity of the upstream jar: the downstream side is all it needs. */
@Entity(table = "purchase_order")
public class Order extends OrderRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;

  @Relationship User user;
}
