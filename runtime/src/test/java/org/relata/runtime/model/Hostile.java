package org.relata.runtime.model;

import org.relata.runtime.meta.EntityRelations;

/**
 * An entity whose table and column names try to break out of their quotes, as a name would that
 * reached the runtime without passing the compiler's checks.
 */
public class Hostile extends EntityRelations {
  Long id;
  String note;

  public Hostile() {}

  public Hostile(String note) {
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
