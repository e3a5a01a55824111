package org.relata.it.model.merging;

import org.relata.Entity;
import org.relata.Id;

/** The target of a many-to-one that cascades SAVE_UPDATE only. */
@Entity
public class Writer {
  @Id Long id;
  String name;

  public Writer() {}

  public Writer(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Writer(" + name + ")";
  }
}
