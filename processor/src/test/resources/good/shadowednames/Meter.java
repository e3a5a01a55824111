package good.shadowednames;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

@Entity
public class Meter extends MeterRelations {
  @Id java.lang.Long id;
  String label;

  @Relationship(backPopulates = "meter")
  List<Reading> readings;
}
