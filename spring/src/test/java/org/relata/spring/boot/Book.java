package org.relata.spring.boot;

import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;
import org.relata.Relationship;

/** A book of one author. */
@Entity
public class Book extends BookRelations {
  @Id Long id;
  String title;

  @ForeignKey(Author.class)
  Long authorId;

  @Relationship(backPopulates = "books")
  Author author;

  Book() {}

  public Book(String title) {
    this.title = title;
  }

  public Long id() {
    return id;
  }
}
