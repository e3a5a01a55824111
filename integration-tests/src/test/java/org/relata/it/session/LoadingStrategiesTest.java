package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.relata.it.model.loading.BookView;
import org.relata.it.model.loading.FolderView;
import org.relata.it.model.loading.LabelView;
import org.relata.it.model.loading.ShelfView;
import org.relata.runtime.Session;

/**
 * The three loading strategies on the same model, counted with a jOOQ listener: SELECT loads on
 * access, JOINED in the owners' statement, SELECTIN in one statement per relationship and level.
 * Every load fills both sides with the same instances and leaves nothing to flush.
 */
class LoadingStrategiesTest {
  @ParameterizedTest
  @MethodSource("org.relata.it.session.Strategy#everywhere")
  void hundredShelvesWithTheirBooks(Backend backend, Strategy strategy) {
    try (TestDatabase db = new TestDatabase(backend, strategy.model())) {
      seedShelves(db, strategy, 100, 3);
      try (Session s = db.open()) {
        List<? extends ShelfView> shelves =
            s.query(strategy.shelf).orderBy(Strategy.field(strategy.shelf, "name").asc()).list();
        int afterQuery = db.log.kinds().size();
        int books = 0;
        for (ShelfView shelf : shelves) {
          List<String> titles = new ArrayList<>();
          for (BookView book : shelf.getBooks()) {
            assertSame(shelf, book.getShelf(), "the back-reference is the owner itself");
            titles.add(book.title());
            books++;
          }
          assertEquals(
              List.of(shelf.name() + "-2", shelf.name() + "-1", shelf.name() + "-0"), titles);
        }
        assertEquals(100, shelves.size());
        assertEquals(300, books);
        Map<Strategy, List<Integer>> expected =
            Map.of(
                Strategy.SELECT,
                List.of(1, 101),
                Strategy.JOINED,
                List.of(1, 1),
                Strategy.SELECTIN,
                List.of(2, 2));
        assertEquals(
            expected.get(strategy), List.of(afterQuery, db.log.kinds().size()), db.log.toString());
        if (strategy == Strategy.JOINED) {
          assertTrue(db.log.statements().get(0).contains("left outer join"), db.log.toString());
        }
        if (strategy == Strategy.SELECTIN) {
          // One array parameter on PostgreSQL; numeric literals on H2, which looks each up in the
          // index.
          String keys =
              backend == Backend.POSTGRES
                  ? "\"book\".\"shelf_id\" = any (cast(? as bigint[]))"
                  : "\"book\".\"shelf_id\" in (1, ";
          assertTrue(db.log.statements().get(1).contains(keys), db.log.toString());
        }
        assertFlushWritesNothing(db, s);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void selectinSplitsLargeBatchesIntoChunks(Backend backend) {
    Strategy strategy = Strategy.SELECTIN;
    try (TestDatabase db = new TestDatabase(backend, strategy.model())) {
      seedShelves(db, strategy, 2_500, 1);
      try (Session s = db.open()) {
        List<? extends ShelfView> shelves = s.query(strategy.shelf).list();
        assertEquals(
            List.of("SELECT", "SELECT", "SELECT", "SELECT"), db.log.kinds(), "1,000 keys per IN");
        long books = shelves.stream().mapToLong(shelf -> shelf.getBooks().size()).sum();
        assertEquals(2_500, books);
        assertEquals(4, db.log.kinds().size());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.relata.it.session.Strategy#everywhere")
  void booksLoadTheirShelvesAndTheShelvesTheirBooks(Backend backend, Strategy strategy) {
    try (TestDatabase db = new TestDatabase(backend, strategy.model())) {
      seedShelves(db, strategy, 10, 2);
      try (Session s = db.open()) {
        List<? extends BookView> books =
            s.query(strategy.book).orderBy(Strategy.field(strategy.book, "title").asc()).list();
        assertEquals(20, books.size());
        for (BookView book : books) {
          ShelfView shelf = book.getShelf();
          assertTrue(book.title().startsWith(shelf.name()), book + " on " + shelf);
          assertEquals(2, shelf.getBooks().size());
          assertTrue(shelf.getBooks().stream().anyMatch(b -> b == book), "the same instance");
        }
        // SELECT: one per distinct shelf, then each shelf's books; the second book of a shelf
        // finds it in the identity map. SELECTIN: the shelves by id, then their books.
        Map<Strategy, Integer> expected =
            Map.of(Strategy.SELECT, 21, Strategy.JOINED, 1, Strategy.SELECTIN, 3);
        assertEquals(expected.get(strategy), db.log.kinds().size(), db.log.toString());
        assertFlushWritesNothing(db, s);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.relata.it.session.Strategy#everywhere")
  void aTreeLoadsInOrderWithoutOneQueryPerNode(Backend backend, Strategy strategy) {
    try (TestDatabase db = new TestDatabase(backend, strategy.model())) {
      try (Session s = db.open()) {
        FolderView root = strategy.folder("root");
        for (String name : List.of("a", "c", "b")) {
          FolderView child = root.addChild(name);
          child.addChild(name + "x");
          child.addChild(name + "z");
          child.addChild(name + "y");
        }
        s.add(root);
        s.commit();
      }
      db.log.reset();
      try (Session s = db.open()) {
        FolderView root =
            s.query(strategy.folder)
                .where(Strategy.field(strategy.folder, "name").eq("root"))
                .first();
        assertEquals(
            "root(c(cz,cy,cx),b(bz,by,bx),a(az,ay,ax))",
            outline(root),
            "children by name DESC at every level");
        // SELECT: the root, then one per folder. JOINED: two levels per statement. SELECTIN: the
        // children level by level (three), labels and notes of the root and the first level
        // together (two), then of the last level (two).
        Map<Strategy, Integer> expected =
            Map.of(Strategy.SELECT, 14, Strategy.JOINED, 2, Strategy.SELECTIN, 8);
        assertEquals(expected.get(strategy), db.log.kinds().size(), db.log.toString());
        for (FolderView child : root.getChildren()) {
          assertSame(root, child.getParent(), "filled from the owner, without a query");
        }
        assertEquals(expected.get(strategy), db.log.kinds().size(), db.log.toString());
        assertFlushWritesNothing(db, s);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.relata.it.session.Strategy#everywhere")
  void manyToManyAndOneToOneLoadWithTheirOwners(Backend backend, Strategy strategy) {
    try (TestDatabase db = new TestDatabase(backend, strategy.model())) {
      try (Session s = db.open()) {
        List<LabelView> labels = new ArrayList<>();
        for (String name : List.of("red", "blue", "green", "amber")) {
          labels.add(strategy.label(name));
        }
        for (int i = 0; i < 20; i++) {
          FolderView f = strategy.folder(String.format("f%02d", i));
          for (int j = 0; j < labels.size(); j++) {
            if ((i >> j & 1) == 1) {
              f.addLabel(labels.get(j));
            }
          }
          f.putNote("note of " + f.name());
          s.add(f);
        }
        s.commit();
      }
      db.log.reset();
      try (Session s = db.open()) {
        List<? extends FolderView> folders =
            s.query(strategy.folder).orderBy(Strategy.field(strategy.folder, "name").asc()).list();
        LabelView firstRed = null;
        for (int i = 0; i < folders.size(); i++) {
          FolderView f = folders.get(i);
          List<String> expected = new ArrayList<>();
          for (String name : List.of("amber", "blue", "green", "red")) {
            int bit = List.of("red", "blue", "green", "amber").indexOf(name);
            if ((i >> bit & 1) == 1) {
              expected.add(name);
            }
          }
          List<String> names = new ArrayList<>();
          for (LabelView l : f.getLabels()) {
            names.add(l.name());
            if (l.name().equals("red")) {
              firstRed = firstRed == null ? l : firstRed;
              assertSame(firstRed, l, "one instance per row");
            }
          }
          assertEquals(expected, names, "labels by name");
          assertEquals("note of " + f.name(), f.getNote().text());
          assertSame(f, f.getNote().getFolder(), "the one-to-one's reverse is the owner");
        }
        Map<Strategy, Integer> expected =
            Map.of(Strategy.SELECT, 41, Strategy.JOINED, 1, Strategy.SELECTIN, 4);
        assertEquals(expected.get(strategy), db.log.kinds().size(), db.log.toString());
        if (strategy == Strategy.SELECTIN) {
          assertTrue(db.log.statements().get(2).contains("\"folder_label\""), db.log.toString());
        }
        assertFlushWritesNothing(db, s);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.relata.it.session.Strategy#everywhere")
  void aPageCountsOwnersNotJoinedRows(Backend backend, Strategy strategy) {
    try (TestDatabase db = new TestDatabase(backend, strategy.model())) {
      seedShelves(db, strategy, 30, 3);
      try (Session s = db.open()) {
        List<? extends ShelfView> page =
            s.query(strategy.shelf)
                .orderBy(Strategy.field(strategy.shelf, "name").desc())
                .offset(10)
                .limit(5)
                .list();
        List<String> names = new ArrayList<>();
        for (ShelfView shelf : page) {
          names.add(shelf.name());
          assertEquals(3, shelf.getBooks().size(), shelf.name());
        }
        assertEquals(List.of("s019", "s018", "s017", "s016", "s015"), names);
      }
    }
  }

  /**
   * {@code n} shelves named s000, s001..., each with books named after it: s000-0, s000-1... The
   * ids are set here, so that the rows go in a few multi-row INSERTs.
   */
  static void seedShelves(TestDatabase db, Strategy strategy, int n, int booksEach) {
    try (Session s = db.open()) {
      for (int i = 0; i < n; i++) {
        ShelfView shelf = strategy.shelf(String.format("s%03d", i));
        EntityIds.set(shelf, (long) i + 1);
        for (int j = 0; j < booksEach; j++) {
          EntityIds.set(shelf.addBook(shelf.name() + "-" + j), (long) i * booksEach + j + 1);
        }
        s.add(shelf);
      }
      s.commit();
    }
    db.log.reset();
  }

  private static String outline(FolderView f) {
    StringBuilder b = new StringBuilder(f.name());
    if (!f.getChildren().isEmpty()) {
      b.append('(');
      for (FolderView c : f.getChildren()) {
        b.append(b.charAt(b.length() - 1) == '(' ? "" : ",").append(outline(c));
      }
      b.append(')');
    }
    return b.toString();
  }

  static void assertFlushWritesNothing(TestDatabase db, Session s) {
    db.log.reset();
    s.flush();
    assertEquals(List.of(), db.log.kinds(), "loading made nothing dirty");
  }
}
