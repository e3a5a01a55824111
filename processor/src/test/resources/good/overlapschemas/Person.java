package good.overlapschemas;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Person {
  @Id Long id;
}
