package bad.noargconstructormissing;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Tag {
  @Id Long id;
  String label;

  private Tag() {}

  public Tag(String label) {
    this.label = label;
  }
}
