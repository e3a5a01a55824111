package org.relata.it.model.sqla.m2mcascade;

import org.relata.Entity;
import org.relata.Id;

/** M2MCascadeTest's {@code b}. */
@Entity(table = "b")
public class B {
  @Id Long id;
  String data;

  public B() {}

  public B(String data) {
    this.data = data;
  }

  public Long getId() {
    return id;
  }
}
