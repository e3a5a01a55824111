package bad.backpopulatesacrossmodules;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;
import upstream.accounts.User;

/** User comes from the upstream jar, which was compiled without a User.orders. */
@Entity(table = "purchase_order")
public class Order extends OrderRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;

  @Relationship(backPopulates = "orders")
  User user;
}
