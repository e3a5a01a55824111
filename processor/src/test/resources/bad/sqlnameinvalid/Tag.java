package bad.sqlnameinvalid;

import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;

@Entity(table = "tag; DROP TABLE users")
public class Tag {
  @Id Long id;

  @Column("label\" --")
  String label;
}
