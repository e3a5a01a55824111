package bad.fieldfinal;

import java.util.ArrayList;
import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class User extends UserRelations {
  @Id Long id;

  @Relationship final List<Address> addresses = new ArrayList<>();
}
