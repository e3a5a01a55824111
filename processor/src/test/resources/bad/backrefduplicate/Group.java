package bad.backrefduplicate;

import java.util.List;
import org.relata.Backref;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity(table = "group")
public class Group extends GroupRelations {
  @Id Long id;

  @Relationship
  @Backref("owner")
  List<Address> members;
}
