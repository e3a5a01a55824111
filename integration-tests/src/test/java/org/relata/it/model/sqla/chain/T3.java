package org.relata.it.model.sqla.chain;

import org.relata.Entity;
import org.relata.Id;

/**
 * M2OCascadeDeleteNoOrphanTest's {@code t3}: a chain of many-to-ones with {@code cascade="all"}.
 */
@Entity(table = "t3")
public class T3 {
  @Id Long id;
  String data;

  public T3() {}

  public T3(String data) {
    this.data = data;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String toString() {
    return "T3(" + data + ")";
  }
}
