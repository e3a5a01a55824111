package good.sqlkeywords;

import java.util.List;
import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "user")
public class User extends UserRelations {
  @Id Long id;

  @Column("select")
  String select;

  @Relationship(backPopulates = "user", orderBy = "from DESC, where")
  List<Order> orders;
}
