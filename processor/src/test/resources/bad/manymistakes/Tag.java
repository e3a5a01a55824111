package bad.manymistakes;

import org.relata.Entity;

@Entity
public class Tag {
  String label;
}
