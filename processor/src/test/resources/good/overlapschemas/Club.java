package good.overlapschemas;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Club extends ClubRelations {
  @Id Long id;

  @Relationship(secondary = Membership.class)
  List<Person> members;
}
