package org.relata.it.model.sqla.chain;

import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * M2OCascadeDeleteNoOrphanTest's {@code t2}: a chain of many-to-ones with {@code cascade="all"}.
 */
@Entity(table = "t2")
public class T2 extends T2Relations {
  @Id Long id;
  String data;

  @ForeignKey(T3.class)
  Long t3Id;

  @Relationship(cascade = Cascade.ALL)
  T3 t3;

  public T2() {}

  public T2(String data) {
    this.data = data;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String toString() {
    return "T2(" + data + ")";
  }
}
