package test.legacy;

import java.util.Set;
import org.relata.Backref;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Owner extends OwnerRelations {
  @Id Long id;

  @Relationship(cascade = Cascade.ALL, passiveDeletes = true)
  @Backref(value = "owner", viewonly = true)
  Set<Pet> pets;
}
