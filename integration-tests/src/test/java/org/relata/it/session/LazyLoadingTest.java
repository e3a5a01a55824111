package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.loading.select.Book;
import org.relata.it.model.loading.select.Folder;
import org.relata.it.model.loading.select.Label;
import org.relata.it.model.loading.select.Shelf;
import org.relata.runtime.DetachedInstanceException;
import org.relata.runtime.Session;

/**
 * {@code Lazy.SELECT}: a relationship loads once, on first access, while its session is open; after
 * that it needs a session, and changes made to it while unloaded are kept.
 */
class LazyLoadingTest {
  private static final Strategy MODEL = Strategy.SELECT;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void loadsOnceOnFirstAccess(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 2, 2);
      try (Session s = db.open()) {
        Shelf shelf = s.get(Shelf.class, 1L);
        assertEquals(List.of("SELECT"), db.log.kinds());
        List<Book> books = shelf.getBooks();
        assertEquals(2, books.size());
        assertSame(books, shelf.getBooks());
        books.get(0).getShelf();
        assertEquals(
            List.of("SELECT", "SELECT"),
            db.log.kinds(),
            "once, and the back-reference came with it");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aManyToOneInTheIdentityMapNeedsNoQuery(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 2);
      try (Session s = db.open()) {
        Shelf shelf = s.get(Shelf.class, 1L);
        List<Book> books = s.select(Book.class, Strategy.<Long>field(Book.class, "shelfId").eq(1L));
        db.log.reset();
        for (Book b : books) {
          assertSame(shelf, b.getShelf());
        }
        assertEquals(List.of(), db.log.kinds());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anUnloadedRelationshipOfAClosedSessionSaysItIsDetached(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 2);
      Shelf shelf;
      Book book;
      try (Session s = db.open()) {
        shelf = s.get(Shelf.class, 1L);
        book = s.get(Book.class, 1L);
        assertEquals(2, shelf.getBooks().size());
      }
      assertSame(
          shelf, book.getShelf(), "loaded before the session closed, through shelf.getBooks()");
      assertEquals(2, shelf.getBooks().size(), "loaded relationships stay usable");
      Folder detachedFolder;
      try (Session s = db.open()) {
        Folder f = new Folder("f");
        s.add(f);
        s.commit();
      }
      try (Session s = db.open()) {
        detachedFolder =
            s.select(Folder.class, Strategy.<String>field(Folder.class, "name").eq("f")).get(0);
      }
      DetachedInstanceException e =
          assertThrows(DetachedInstanceException.class, detachedFolder::getChildren);
      assertTrue(e.getMessage().contains("Folder.children"), e.getMessage());
      assertTrue(e.getMessage().contains("Folder 1"), e.getMessage());
      assertTrue(e.getMessage().contains("session is closed"), e.getMessage());
      assertThrows(DetachedInstanceException.class, detachedFolder::getParent);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aMoveBetweenUnloadedCollectionsIsKeptWhenTheyLoad(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 2, 2); // s000: books 1 and 2, s001: 3 and 4
      try (Session s = db.open()) {
        Book moved = s.get(Book.class, 1L);
        Shelf from = s.get(Shelf.class, 1L);
        Shelf to = s.get(Shelf.class, 2L);
        moved.setShelf(to); // both collections are still unloaded: the change is queued on each
        db.log.reset();
        assertEquals(List.of("s001-1", "s001-0", "s000-0"), titles(to.getBooks()));
        assertEquals(List.of("s000-1"), titles(from.getBooks()));
        assertEquals(List.of("SELECT", "SELECT"), db.log.kinds());
        db.log.reset();
        s.commit();
        assertEquals(List.of("UPDATE"), db.log.kinds());
      }
      assertEquals(
          List.of(List.of(2L)), db.rows("select \"shelf_id\" from \"book\" where \"id\" = 1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void changesFlushedWhileUnloadedAreNotDoubledWhenTheCollectionLoads(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 2);
      try (Session s = db.open()) {
        Shelf shelf = s.get(Shelf.class, 1L);
        Book added = new Book("s000-9");
        EntityIds.set(added, 9L); // the seeded rows have ids set by hand, past any sequence
        added.setShelf(shelf);
        s.add(added);
        s.flush();
        assertEquals(List.of("s000-9", "s000-1", "s000-0"), titles(shelf.getBooks()));
        LoadingStrategiesTest.assertFlushWritesNothing(db, s);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aManyToManyChangedFromTheOtherSideIsKeptWhenItLoads(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      try (Session s = db.open()) {
        Folder f = new Folder("f");
        f.getLabels().add(new Label("old"));
        f.getLabels().add(new Label("gone"));
        s.add(f);
        s.add(new Label("new"));
        s.commit();
      }
      try (Session s = db.open()) {
        Folder f = s.get(Folder.class, 1L);
        Label fresh =
            s.select(Label.class, Strategy.<String>field(Label.class, "name").eq("new")).get(0);
        Label gone =
            s.select(Label.class, Strategy.<String>field(Label.class, "name").eq("gone")).get(0);
        fresh.getFolders().add(f); // f.labels is unloaded: the link is queued there
        gone.getFolders().remove(f);
        db.log.reset();
        assertEquals(
            List.of("new", "old"), f.getLabels().stream().map(Label::name).sorted().toList());
        assertEquals(List.of("SELECT"), db.log.kinds());
        db.log.reset();
        s.commit();
        assertEquals(List.of("DELETE", "INSERT"), db.log.kinds(), "one row each way, written once");
      }
      assertEquals(
          List.of(List.of("new"), List.of("old")),
          db.rows(
              "select l.\"name\" from \"folder_label\" x join \"label\" l on l.\"id\" = x.\"label_id\" order by 1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void changingAnUnloadedCollectionThroughItsGetterLoadsItFirst(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL.model())) {
      LoadingStrategiesTest.seedShelves(db, MODEL, 1, 2);
      try (Session s = db.open()) {
        Shelf shelf = s.get(Shelf.class, 1L);
        db.log.reset();
        shelf.getBooks().remove(0);
        Book added = new Book("s000-5");
        EntityIds.set(added, 5L);
        shelf.getBooks().add(added);
        assertEquals(List.of("SELECT"), db.log.kinds());
        assertEquals(List.of("s000-0", "s000-5"), titles(shelf.getBooks()));
        s.commit();
      }
      assertEquals(
          List.of(List.of("s000-0", 1L), Arrays.asList("s000-1", null), List.of("s000-5", 1L)),
          db.rows("select \"title\", \"shelf_id\" from \"book\" order by 1"));
    }
  }

  private static List<String> titles(List<Book> books) {
    return books.stream().map(Book::title).toList();
  }
}
