package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.loading.select.Book;
import org.relata.it.model.loading.select.Shelf;
import org.relata.runtime.Session;

/**
 * Queries flush pending changes first, so that what they return agrees with memory; lazy loads do
 * not, and {@code setAutoflush(false)} turns it off.
 */
class AutoflushTest {
  private static final Strategy MODEL = Strategy.SELECT;
  private static final Field<String> NAME = Strategy.field(Shelf.class, "name");
  private static final Field<String> TITLE = Strategy.field(Book.class, "title");

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aQuerySeesNewChangedAndDeletedObjects(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 2, 0);
      try (Session s = db.open()) {
        assertTrue(s.isAutoflush(), "on by default");
        Shelf renamed = s.get(Shelf.class, 1L);
        Shelf deleted = s.get(Shelf.class, 2L);
        Shelf added = new Shelf("s100");
        EntityIds.set(added, 100L);
        s.add(added);
        EntityFields.set(renamed, "name", "s101");
        s.delete(deleted);
        db.log.reset();
        List<Shelf> found = s.query(Shelf.class).where(NAME.ge("s1")).orderBy(NAME.asc()).list();
        assertEquals(List.of(added, renamed), found);
        // The second UPDATE sets the deleted shelf's books' key to NULL (the delete rule).
        assertEquals(List.of("INSERT", "UPDATE", "UPDATE", "DELETE", "SELECT"), db.log.kinds());
        db.log.reset();
        assertEquals(List.of(renamed), s.select(Shelf.class, NAME.eq("s101")));
        assertEquals(List.of("SELECT"), db.log.kinds(), "nothing pending: only the query");
      }
    }
  }

  /**
   * A flush skips its plan when every managed object is clean with nothing loaded; a single change
   * anywhere among many such objects must still be found.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aQueryFindsOneChangeAmongManyCleanObjects(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 20, 2);
      try (Session s = db.open()) {
        List<Shelf> shelves = s.query(Shelf.class).orderBy(NAME.asc()).list();
        List<Book> books = s.query(Book.class).orderBy(TITLE.asc()).list();
        assertEquals(40, books.size());
        db.log.reset();
        assertEquals(books, s.query(Book.class).orderBy(TITLE.asc()).list());
        assertEquals(List.of("SELECT"), db.log.kinds(), "all clean: only the query");

        Book last = books.get(books.size() - 1);
        EntityFields.set(last, "title", "s019-renamed");
        db.log.reset();
        assertEquals(List.of(last), s.query(Book.class).where(TITLE.eq("s019-renamed")).list());
        assertEquals(List.of("UPDATE", "SELECT"), db.log.kinds(), "a plain field write, last");

        last.setShelf(shelves.get(0));
        db.log.reset();
        s.query(Book.class).list();
        assertTrue(db.log.kinds().contains("UPDATE"), "the new key is written: " + db.log.kinds());
        s.commit();
      }
      try (Session s = db.open()) {
        Book moved = s.get(Book.class, 40L);
        assertEquals("s019-renamed", moved.title());
        assertSame(s.get(Shelf.class, 1L), moved.getShelf());
        assertEquals(3, s.get(Shelf.class, 1L).getBooks().size());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void getFlushesOnlyWhenTheIdentityMapMisses(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 0);
      try (Session s = db.open()) {
        Shelf shelf = s.get(Shelf.class, 1L);
        EntityFields.set(shelf, "name", "changed");
        db.log.reset();
        assertSame(shelf, s.get(Shelf.class, 1L));
        assertEquals(List.of(), db.log.kinds(), "a hit needs no database");
        Shelf pending = new Shelf("new");
        EntityIds.set(pending, 7L);
        s.add(pending);
        assertSame(pending, s.get(Shelf.class, 7L), "the flush put it in the identity map");
        assertEquals(
            List.of("INSERT", "UPDATE"), db.log.kinds(), "a miss flushes; then the map answers");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void withAutoflushOffQueriesReadOnlyWhatWasFlushed(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      try (Session s = db.open()) {
        s.setAutoflush(false);
        assertFalse(s.isAutoflush());
        Shelf pending = new Shelf("new");
        EntityIds.set(pending, 1L);
        s.add(pending);
        assertEquals(List.of(), s.select(Shelf.class, NAME.eq("new")));
        assertNull(s.get(Shelf.class, 1L));
        assertEquals(List.of("SELECT", "SELECT"), db.log.kinds());
        s.flush();
        assertEquals(List.of(pending), s.select(Shelf.class, NAME.eq("new")));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aLazyLoadDoesNotFlushButKeepsThePendingChange(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 1);
      try (Session s = db.open()) {
        Shelf shelf = s.get(Shelf.class, 1L);
        Book book = new Book("s000-7");
        EntityIds.set(book, 7L);
        book.setShelf(shelf); // shelf.books is unloaded: the link waits there
        s.add(book);
        db.log.reset();
        assertEquals(
            List.of("s000-0", "s000-7"),
            shelf.getBooks().stream().map(Book::title).toList(),
            "the rows in their order, then what was added while unloaded");
        assertEquals(List.of("SELECT"), db.log.kinds(), "the load ran alone, without a flush");
        db.log.reset();
        s.flush();
        assertEquals(List.of("INSERT"), db.log.kinds());
      }
    }
  }
}
