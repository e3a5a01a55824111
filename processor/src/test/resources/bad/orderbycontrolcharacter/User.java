package bad.orderbycontrolcharacter;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship(orderBy = "email\tDESC")
  List<Address> addresses;
}
