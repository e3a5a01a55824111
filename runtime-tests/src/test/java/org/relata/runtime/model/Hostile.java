package org.relata.runtime.model;

import org.relata.Column;
import org.relata.Entity;
import org.relata.Id;

/**
 * An entity whose table and column are named with SQL keywords. The processor refuses names with
 * quotes or other characters that could end a quoted name, so keywords are the most hostile names
 * that reach the runtime.
 */
@Entity(table = "select")
public class Hostile {
  @Id Long id;

  @Column("from")
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
