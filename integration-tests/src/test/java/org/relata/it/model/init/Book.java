package org.relata.it.model.init;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A book with one author. */
@Entity
public class Book extends BookRelations {
  @Id Long id;
  String title;

  @ForeignKey(Author.class)
  Long authorId;

  java.time.LocalDate published;
  byte[] cover;

  @org.relata.Column("isbn_13")
  String isbn;

  double price;

  @Relationship(backPopulates = "books")
  Author author;

  public Book() {}

  public Book(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Book(" + title + ")";
  }
}
