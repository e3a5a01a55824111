package bad.foreignkeywrongtarget;

import org.relata.Entity;
import org.relata.Id;

@Entity(table = "group")
public class Group {
  @Id Long id;
}
