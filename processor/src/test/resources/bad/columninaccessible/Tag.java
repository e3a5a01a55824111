package bad.columninaccessible;

import org.relata.Entity;
import org.relata.Id;

@Entity
public class Tag {
  @Id Long id;
  private String label;
  private String color;

  public String getColor() {
    return color;
  }

  String label() {
    return label;
  }
}
