package good.crosspackage.tags;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Tag extends TagRelations {
  @Id Long id;
  String label;

  public Tag() {}
}
