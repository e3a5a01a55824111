package org.relata.it.model.flush;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A box on at most one shelf. */
@Entity
public class Box extends BoxRelations {
  @Id Long id;
  String label;

  @ForeignKey(Shelf.class)
  Long shelfId;

  @Relationship(backPopulates = "boxes")
  Shelf shelf;

  public Box() {}

  public Box(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  @Override
  public String toString() {
    return "Box(" + label + ")";
  }
}
