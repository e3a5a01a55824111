package good.selfmanytomany;

import java.util.Set;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Person extends PersonRelations {
  @Id Long id;
  String name;

  @Relationship(secondary = Follow.class, foreignKey = "followerId", backPopulates = "followers")
  Set<Person> following;

  @Relationship(secondary = Follow.class, foreignKey = "followedId", backPopulates = "following")
  Set<Person> followers;
}
