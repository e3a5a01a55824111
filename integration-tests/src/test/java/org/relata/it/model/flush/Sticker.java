package org.relata.it.model.flush;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

/** A child with no relationships of its own: it extends no generated base class. */
@Entity
public class Sticker {
  @Id Long id;
  String text;

  @ForeignKey(Shelf.class)
  Long shelfId;

  public Sticker() {}

  public Sticker(String text) {
    this.text = text;
  }

  public String getText() {
    return text;
  }

  @Override
  public String toString() {
    return "Sticker(" + text + ")";
  }
}
