package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relata.it.model.withlombok.Author;
import org.relata.it.model.withlombok.Book;
import org.relata.runtime.Session;

/**
 * A model written with Lombok 1.18.48 (listed before Relata on the processor path) behaves like one
 * written by hand: the relationship accessors are the generated live ones, the columns go through
 * Lombok's accessors, and everything is written and loaded back.
 */
class LombokModelTest {
  @Test
  void lombokEntitiesMirrorPersistAndLoad() {
    try (TestDatabase db = new TestDatabase(Backend.H2, Author.class, Book.class)) {
      Author ann = new Author("Ann");
      Book first = new Book("First");
      Book second = new Book("Second");
      ann.getBooks().add(first);
      second.setAuthor(ann);
      assertSame(ann, first.getAuthor());
      assertEquals(List.of(first, second), ann.getBooks());
      ann.getBooks().remove(first);
      assertNull(first.getAuthor());
      try (Session s = db.open()) {
        s.add(ann);
        s.add(first);
        s.commit();
      }
      assertEquals(
          List.of(List.of("First", "null"), List.of("Second", "Ann")),
          db.rows(
              "select b.\"title\", coalesce(a.\"name\", 'null') from \"book\" b"
                  + " left join \"author\" a on a.\"id\" = b.\"author_id\" order by 1"));
      try (Session s = db.open()) {
        Author loaded = s.get(Author.class, ann.getId());
        assertEquals("Ann", loaded.getName());
        assertEquals(List.of("Second"), loaded.getBooks().stream().map(Book::getTitle).toList());
        assertSame(loaded, loaded.getBooks().get(0).getAuthor());
      }
    }
  }
}
