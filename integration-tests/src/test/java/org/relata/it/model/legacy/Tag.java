package org.relata.it.model.legacy;

import org.relata.Entity;
import org.relata.Id;

/** Receives {@code articles} from Article's backref. */
@Entity
public class Tag extends TagRelations {
  @Id Long id;
  String label;

  public Tag() {}

  public Tag(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return "Tag(" + label + ")";
  }
}
