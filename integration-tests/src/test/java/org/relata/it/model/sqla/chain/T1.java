package org.relata.it.model.sqla.chain;

import org.relata.Cascade;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/**
 * M2OCascadeDeleteNoOrphanTest's {@code t1}: a chain of many-to-ones with {@code cascade="all"}.
 */
@Entity(table = "t1")
public class T1 extends T1Relations {
  @Id Long id;
  String data;

  @ForeignKey(T2.class)
  Long t2Id;

  @Relationship(cascade = Cascade.ALL)
  T2 t2;

  public T1() {}

  public T1(String data) {
    this.data = data;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String toString() {
    return "T1(" + data + ")";
  }
}
