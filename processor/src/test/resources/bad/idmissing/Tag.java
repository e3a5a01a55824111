package bad.idmissing;

import org.relata.Entity;

@Entity
public class Tag {
  Long id;
  String label;
}
