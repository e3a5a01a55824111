package bad.entitynotaclass;

import org.relata.Entity;

@Entity
public interface Named {
  String name();
}
