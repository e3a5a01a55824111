package good.onetomany;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

@Entity(table = "user_account")
public class User extends UserRelations {
  @Id Long id;
  String name;

  @Relationship(
      backPopulates = "user",
      lazy = Lazy.SELECTIN,
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "email_address DESC, id")
  List<Address> addresses;
}
