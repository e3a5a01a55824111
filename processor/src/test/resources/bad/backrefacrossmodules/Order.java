package bad.backrefacrossmodules;

import org.relata.Backref;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;
import upstream.accounts.User;

/** User comes from the upstream jar: a backref cannot add User.orders to it. */
@Entity(table = "purchase_order")
public class Order extends OrderRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;

  @Relationship
  @Backref("orders")
  User user;
}
