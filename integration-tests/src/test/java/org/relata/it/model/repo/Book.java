package org.relata.it.model.repo;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A book by at most one author. */
@Entity
public class Book extends BookRelations {
  @Id Long id;
  String title;

  @ForeignKey(Author.class)
  Long authorId;

  @Relationship(backPopulates = "books")
  Author author;

  public Book() {}

  public Book(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  @Override
  public String toString() {
    return "Book(" + title + ")";
  }
}
