package good.shadowednames;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Reading extends ReadingRelations {
  @Id java.lang.Long id;

  @ForeignKey(Meter.class)
  java.lang.Long meterId;

  @Relationship(backPopulates = "readings")
  Meter meter;
}
