package org.relata.it.model.init;

import java.util.ArrayList;
import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** Initialises its collection itself, as many users do. */
@Entity
public class Author extends AuthorRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "author", orderBy = "title DESC")
  List<Book> books = new ArrayList<>();

  public Author() {}

  public Author(String name) {
    this.name = name;
  }

  /** Fills the plain list directly, before any accessor has seen it. */
  public Author(String name, Book... books) {
    this.name = name;
    this.books.addAll(List.of(books));
  }

  @Override
  public String toString() {
    return "Author(" + name + ")";
  }
}
