package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.runtime.meta.fixture.model.Author;
import org.relata.runtime.meta.fixture.model.Book;
import org.relata.runtime.meta.fixture.model.Book_;
import org.relata.runtime.meta.fixture.model.Shelf;
import org.relata.runtime.meta.fixture.model.Shelf_;

/** A backref materialized into the target's generated base, and a one-way relationship. */
class OneWayAndBackrefTest {
  private final Book b1 = new Book("b1");
  private final Book b2 = new Book("b2");

  @Test
  void theMaterializedBackrefMirrorsBothWays() {
    Shelf s1 = new Shelf("s1");
    Shelf s2 = new Shelf("s2");
    Collection<Book> books = s1.getBooks();
    books.add(b1);
    assertSame(s1, b1.getShelf());
    b1.setShelf(s2);
    assertTrue(books.isEmpty());
    assertEquals(List.of(b1), List.copyOf(s2.getBooks()));
    assertSame(Shelf_.BOOKS, Book_.SHELF.reverse());
    assertSame(Book_.SHELF, Shelf_.BOOKS.reverse());
  }

  @Test
  void oneWayMirrorsOnlyFromTheSideThatNamesTheOther() {
    Author w1 = new Author("w1");
    Author w2 = new Author("w2");
    w1.getBooks().add(b1);
    assertSame(w1, b1.getAuthor());
    b1.setAuthor(w2);
    assertEquals(List.of(b1), w1.getBooks());
    assertTrue(w2.getBooks().isEmpty());
    b2.setAuthor(w2);
    assertTrue(w2.getBooks().isEmpty());
    w1.getBooks().remove(b1);
    // The reverse now points elsewhere, so unlinking leaves it alone.
    assertSame(w2, b1.getAuthor());
    w1.getBooks().add(b2);
    assertSame(w1, b2.getAuthor());
    w1.getBooks().clear();
    assertNull(b2.getAuthor());
    assertNull(Book_.AUTHOR.reverse());
  }
}
