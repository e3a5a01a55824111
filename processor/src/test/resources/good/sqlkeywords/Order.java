package good.sqlkeywords;

import org.relata.Column;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "order")
public class Order extends OrderRelations {
  @Id Long id;
  @ForeignKey(User.class) Long userId;
  @ForeignKey(Group.class) Long groupId;

  @Column("from")
  String from;

  @Column("where")
  Integer where;

  @Relationship(backPopulates = "orders")
  User user;

  @Relationship(backPopulates = "orders")
  Group group;
}
