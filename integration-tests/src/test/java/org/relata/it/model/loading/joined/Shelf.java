package org.relata.it.model.loading.joined;

import java.util.List;
import org.relata.Entity;
import org.relata.Id;
import org.relata.Lazy;
import org.relata.Relationship;
import org.relata.it.model.loading.ShelfView;

/** A shelf whose books load with {@code Lazy.JOINED}, last title first. */
@Entity
public class Shelf extends ShelfRelations implements ShelfView {
  @Id Long id;
  String name;

  @Relationship(backPopulates = "shelf", lazy = Lazy.JOINED, orderBy = "title DESC")
  List<Book> books;

  Shelf() {}

  public Shelf(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Book addBook(String title) {
    Book b = new Book(title);
    getBooks().add(b);
    return b;
  }

  @Override
  public String toString() {
    return "Shelf(" + name + ")";
  }
}
