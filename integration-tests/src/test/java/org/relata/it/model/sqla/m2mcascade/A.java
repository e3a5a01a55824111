package org.relata.it.model.sqla.m2mcascade;

import java.util.List;
import org.relata.Cascade;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** M2MCascadeTest's {@code a}: {@code bs = relationship(B, secondary=atob, cascade="all")}. */
@Entity(table = "a")
public class A extends ARelations {
  @Id Long id;
  String data;

  @Relationship(secondary = Atob.class, cascade = Cascade.ALL)
  List<B> bs;

  public A() {}

  public A(String data) {
    this.data = data;
  }

  public Long getId() {
    return id;
  }
}
