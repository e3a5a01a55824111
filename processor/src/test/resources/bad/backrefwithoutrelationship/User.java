package bad.backrefwithoutrelationship;

import java.util.List;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;

@Entity
public class User {
  @Id Long id;

  @Backref("user")
  List<Address> addresses;
}
