package fuzz.emptycascade;

import java.util.List;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship(cascade = {})
  @Backref("user")
  List<Address> addresses;
}
