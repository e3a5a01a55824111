package bad.entitynotaclass;

import org.relata.Entity;
import org.relata.Id;

@Entity
public enum Color {
  RED(1L),
  GREEN(2L);

  @Id final Long id;

  Color(Long id) {
    this.id = id;
  }
}
