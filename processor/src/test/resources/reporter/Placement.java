package reporter;

import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;

@Entity(
    table = "placement")
public class Placement {
  @Id Long id;

  @Relationship(
      lazy = Lazy.JOINED,
      backPopulates = "value")
  Placement withValue;

  @Relationship Placement defaulted;
}
