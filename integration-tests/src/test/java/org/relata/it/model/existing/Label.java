package org.relata.it.model.existing;

import org.relata.Entity;
import org.relata.Id;

/** A label that invoices link to; it declares no relationship back. */
@Entity(schema = "billing", table = "label")
public class Label {
  @Id Long id;
  String name;

  Label() {}

  public Label(String name) {
    this.name = name;
  }

  public Long id() {
    return id;
  }
}
