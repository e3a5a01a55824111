package org.relata.spring.boot;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** An author; names are unique, so that a second one of a name makes a flush fail. */
@Entity
public class Author extends AuthorRelations {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "author")
  List<Book> books;

  Author() {}

  public Author(String name) {
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public void rename(String name) {
    this.name = name;
  }
}
