package org.relata.it.model.loading.selectin;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;
import org.relata.it.model.loading.BookView;

/** A book; its many-to-one shelf loads with {@code Lazy.SELECTIN} too. */
@Entity
public class Book extends BookRelations implements BookView {
  @Id Long id;
  String title;

  @ForeignKey(Shelf.class)
  Long shelfId;

  @Relationship(backPopulates = "books", lazy = Lazy.SELECTIN)
  Shelf shelf;

  Book() {}

  public Book(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toString() {
    return "Book(" + title + ")";
  }
}
