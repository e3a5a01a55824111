package bad.secondaryoverlap;

import org.relata.Entity;
import org.relata.Id;

@Entity(table = "right")
public class Child {
  @Id Long id;
}
