package org.relata.it.model.repo;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Relationship;

/** An author with books; the books load lazily unless a finder fetches them. */
@Entity
public class Author extends AuthorRelations {
  @Id Long id;
  String name;
  int born;

  @Relationship(backPopulates = "author", orderBy = "title")
  List<Book> books;

  public Author() {}

  public Author(String name, int born) {
    this.name = name;
    this.born = born;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public void rename(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Author(" + name + ")";
  }
}
