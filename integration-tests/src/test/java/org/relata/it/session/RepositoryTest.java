package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.NonUniqueResultException;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.repo.Author;
import org.relata.it.model.repo.Authors;
import org.relata.it.model.repo.Authors_;
import org.relata.it.model.repo.Book;
import org.relata.it.model.repo.Books;
import org.relata.it.model.repo.Books_;
import org.relata.runtime.Session;

/**
 * Jakarta Data repositories generated over Relata entities, on a real session: finders return the
 * session's managed objects, each finder is one SELECT plus one per relationship it fetches
 * SELECTIN, and lifecycle methods write rows that match memory after a clean commit.
 *
 * <p>The fetch options are the counterparts of SQLAlchemy's {@code selectinload()} and {@code
 * joinedload()} (test/orm/test_selectin_relations.py and test/orm/test_eager_relations.py,
 * EagerTest.test_basic in each): the relationship loads with the query, not on access.
 */
class RepositoryTest {
  private static final Class<?>[] MODEL = {Author.class, Book.class};

  /** Three authors with two, one and no books, committed. */
  private static void seed(TestDatabase db) {
    try (Session s = db.open()) {
      Authors authors = new Authors_(s);
      Author ann = new Author("ann", 1900);
      ann.getBooks().add(new Book("b1"));
      ann.getBooks().add(new Book("a2"));
      Author bob = new Author("bob", 1900);
      bob.getBooks().add(new Book("c3"));
      authors.insertAll(List.of(ann, bob, new Author("cid", 1950)));
      s.commit();
    }
    db.log.reset();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void lifecycleMethodsWriteRowsThatMatchMemoryAfterCommit(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      Author ann = new Author("ann", 1900);
      Book book = new Book("b1");
      try (Session s = db.open()) {
        Authors authors = new Authors_(s);
        ann.getBooks().add(book);
        assertSame(ann, authors.insert(ann));
        assertNotNull(ann.id(), "the flush read the generated id back");
        assertEquals(List.of("INSERT", "INSERT"), db.log.kinds(), "the book cascaded");
        ann.rename("anne");
        authors.update(ann);
        Author dan = authors.save(new Author("dan", 1990));
        s.commit();
        assertEquals(
            List.of(List.of(ann.id(), "anne", 1900), List.of(dan.id(), "dan", 1990)),
            db.rows("select \"id\", \"name\", \"born\" from \"author\" order by \"id\""));
        assertEquals(
            List.of(List.of("b1", ann.id())),
            db.rows("select \"title\", \"author_id\" from \"book\""));
        authors.delete(dan);
        authors.deleteById(ann.id());
        s.commit();
      }
      assertEquals(0, db.count("author"));
      assertEquals(
          List.of(List.of("b1")),
          db.rows("select \"title\" from \"book\" where \"author_id\" is null"),
          "without a DELETE cascade the book stays, its key set to NULL");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void lifecycleMethodsRejectTheWrongStateBeforeWriting(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      seed(db);
      try (Session s = db.open()) {
        Authors authors = new Authors_(s);
        Author ann = authors.named("ann");
        assertThrows(EntityExistsException.class, () -> authors.insert(ann));
        assertThrows(
            OptimisticLockingFailureException.class, () -> authors.update(new Author("x", 1)));
        assertThrows(
            OptimisticLockingFailureException.class, () -> authors.delete(new Author("y", 2)));
        assertEquals(List.of("SELECT"), db.log.kinds(), "nothing was written");
        assertFalse(s.contains(new Author("z", 3)));
      }
      assertEquals(3, db.count("author"));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFinderIsOneSelectAndReturnsTheSessionsManagedObjects(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      seed(db);
      try (Session s = db.open()) {
        Authors authors = new Authors_(s);
        Author ann = authors.findById(authorId(db, "ann")).orElseThrow();
        assertEquals(List.of("SELECT"), db.log.kinds());
        db.log.reset();
        assertSame(ann, s.get(Author.class, ann.id()), "the identity map holds it");
        assertSame(ann, authors.byName("ann").orElseThrow());
        assertSame(ann, authors.named("ann"));
        assertEquals(List.of("SELECT", "SELECT"), db.log.kinds());
        assertTrue(authors.byName("nobody").isEmpty());
        assertThrows(EmptyResultException.class, () -> authors.named("nobody"));
        db.log.reset();
        assertEquals(List.of("a2", "b1"), titles(ann.getBooks()), "lazy loading works on it");
        assertEquals(List.of("SELECT"), db.log.kinds());
        Book moved = ann.getBooks().get(0);
        Author bob = authors.named("bob");
        bob.getBooks().add(moved);
        assertSame(bob, moved.getAuthor(), "mirroring works on it");
        assertFalse(ann.getBooks().contains(moved));
        s.commit();
      }
      assertEquals(
          List.of(List.of("a2", "bob"), List.of("b1", "ann"), List.of("c3", "bob")),
          db.rows(
              "select b.\"title\", a.\"name\" from \"book\" b join \"author\" a on a.\"id\" = b.\"author_id\""
                  + " order by b.\"title\""));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aNonUniqueSingleResultFails(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      seed(db);
      try (Session s = db.open()) {
        Authors authors = new Authors_(s);
        authors.insert(new Author("ann", 2000));
        assertThrows(NonUniqueResultException.class, () -> authors.named("ann"));
        assertThrows(NonUniqueResultException.class, () -> authors.byName("ann"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void fetchSelectinIsOneMoreSelectForAllResults(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      seed(db);
      try (Session s = db.open()) {
        Authors authors = new Authors_(s);
        List<Author> all = authors.withBooks();
        assertEquals(List.of("SELECT", "SELECT"), db.log.kinds());
        assertEquals(List.of(List.of("a2", "b1"), List.of("c3"), List.of()), booksOf(all));
        assertEquals(2, db.log.kinds().size(), "the books were loaded with the finder");
      }
      try (Session s = db.open()) {
        db.log.reset();
        List<Author> all = new Authors_(s).all();
        assertEquals(List.of("SELECT"), db.log.kinds(), "without @Fetch, one SELECT");
        booksOf(all);
        assertEquals(4, db.log.kinds().size(), "and the books load lazily, one author at a time");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void fetchJoinedIsTheFindersOneSelectAndTheLimitCountsOwners(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      seed(db);
      try (Session s = db.open()) {
        List<Author> two = new Authors_(s).withBooksJoined(Limit.of(2));
        assertEquals(List.of("SELECT"), db.log.kinds());
        assertEquals(List.of("ann", "bob"), two.stream().map(Author::name).toList());
        assertEquals(List.of(List.of("a2", "b1"), List.of("c3")), booksOf(two));
        assertEquals(1, db.log.kinds().size());
        db.log.reset();
        List<Book> books = new Books_(s).byTitle("c3");
        assertEquals(List.of("SELECT"), db.log.kinds(), "the author is in the identity map");
        assertSame(two.get(1), books.get(0).getAuthor());
      }
      try (Session s = db.open()) {
        db.log.reset();
        Books books = new Books_(s);
        List<Book> ofAnn = books.byAuthorId(authorId(db, "ann"));
        assertEquals(List.of("SELECT"), db.log.kinds());
        assertEquals("ann", ofAnn.get(0).getAuthor().name());
        assertSame(ofAnn.get(0).getAuthor(), ofAnn.get(1).getAuthor());
        assertEquals(1, db.log.kinds().size());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void sortsLimitsPagesAndCounts(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, MODEL)) {
      seed(db);
      try (Session s = db.open()) {
        Authors authors = new Authors_(s);
        assertEquals(
            List.of("bob", "ann"),
            authors.bornIn(1900, Sort.desc("name")).map(Author::name).toList());
        assertThrows(IllegalArgumentException.class, () -> authors.bornIn(1900, Sort.asc("x")));
        db.log.reset();
        Page<Author> first = authors.bornBefore(PageRequest.ofSize(2));
        assertEquals(List.of("SELECT", "SELECT"), db.log.kinds(), "content and total");
        assertEquals(List.of("cid", "ann"), first.content().stream().map(Author::name).toList());
        assertEquals(3, first.totalElements());
        assertEquals(2, first.totalPages());
        Page<Author> second = authors.bornBefore(first.nextPageRequest());
        assertEquals(List.of("bob"), second.content().stream().map(Author::name).toList());
        assertFalse(second.hasNext());
        Page<Author> all =
            authors.findAll(PageRequest.ofSize(10).withoutTotal(), Order.by(Sort.asc("name")));
        assertEquals(
            List.of("ann", "bob", "cid"), all.content().stream().map(Author::name).toList());
        assertFalse(all.hasTotals());
        assertEquals(2, authors.countBorn(1900));
        assertEquals(3, authors.findAll().count());
        assertEquals(List.of("bob"), authors.withTitle("c3").stream().map(Author::name).toList());
        db.log.reset();
        assertEquals(2, authors.removeBorn(1900));
        s.commit();
      }
      assertEquals(List.of(List.of("cid")), db.rows("select \"name\" from \"author\""));
      assertEquals(3, db.rows("select \"id\" from \"book\" where \"author_id\" is null").size());
    }
  }

  private static long authorId(TestDatabase db, String name) {
    return ((Number)
            db.rows("select \"id\" from \"author\" where \"name\" = '" + name + "'").get(0).get(0))
        .longValue();
  }

  private static List<List<String>> booksOf(List<Author> authors) {
    return authors.stream().map(a -> titles(a.getBooks())).toList();
  }

  private static List<String> titles(List<Book> books) {
    return books.stream().map(Book::title).toList();
  }
}
