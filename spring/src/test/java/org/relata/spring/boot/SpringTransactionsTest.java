package org.relata.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.runtime.FlushException;
import org.relata.runtime.Session;
import org.relata.spring.TransactionSessions;

/**
 * Sessions inside Spring's transactions, in a real Spring Boot application (Boot's jOOQ starter,
 * its DataSourceTransactionManager, Relata's auto-configuration) on H2 and PostgreSQL. Every case
 * reads the rows through a separate connection after the outermost transaction ended, and checks
 * that the database holds exactly what that transaction's outcome says, and that the objects agree
 * (an id only for a row that stayed).
 */
class SpringTransactionsTest {

  private static Shop shop(Databases db) {
    Shop shop = db.bean(Shop.class); // the context runs schema.sql as it starts
    db.execute("delete from book", "delete from author", "delete from note");
    return shop;
  }

  private static List<String> authors(Databases db) {
    return db.column("select name from author order by name");
  }

  private static List<String> notes(Databases db) {
    return db.column("select text from note order by text");
  }

  /** The object's id is the id of its row. */
  private static void assertStored(Databases db, Author a, String name) {
    assertNotNull(a.id(), name + " kept its id");
    assertEquals(
        List.of(a.id().toString()), db.column("select id from author where name = '" + name + "'"));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aCommittedSessionRollsBackWithTheTransactionThatThrowsAfterwards(Databases db) {
    Shop shop = shop(db);
    Author ann = new Author("ann");
    assertThrows(Abort.class, () -> shop.commitThenThrow(ann));
    assertEquals(List.of(), authors(db));
    assertEquals(List.of(), notes(db), "the application's row written before the session too");
    assertNull(ann.id(), "the id the rolled-back transaction generated is not kept");
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void closingAFlushedSessionUndoesOnlyItsOwnWrites(Databases db) {
    Shop shop = shop(db);
    Author ann = new Author("ann");
    shop.flushThenReturn(ann);
    assertEquals(List.of(), authors(db));
    assertEquals(List.of("after the session", "before the session"), notes(db));
    assertNull(ann.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aFailedFlushLeavesTheTransactionUsableAndTheRetryWritesExactly(Databases db) {
    Shop shop = shop(db);
    db.execute("insert into author (name) values ('taken')");
    Author taken = new Author("taken");
    Author bob = new Author("bob");
    String failure = shop.flushFailureCaught(taken, bob);
    assertTrue(failure.contains("author"), failure);
    assertEquals(List.of("bob", "fixed", "taken"), authors(db));
    assertEquals(List.of("after the failure", "before the session"), notes(db));
    assertStored(db, taken, "fixed");
    assertStored(db, bob, "bob");
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void sessionsInOneTransactionEachUndoOnlyTheirOwnAndCommitWithIt(Databases db) {
    Shop shop = shop(db);
    Author kept = new Author("kept");
    Author inside = new Author("inside");
    Author undone = new Author("undone");
    shop.twoSessions(kept, inside, undone, false);
    assertEquals(List.of("inside", "kept"), authors(db));
    assertStored(db, kept, "kept");
    assertStored(db, inside, "inside");
    assertNull(undone.id());

    Author kept2 = new Author("kept2");
    Author inside2 = new Author("inside2");
    Author undone2 = new Author("undone2");
    assertThrows(Abort.class, () -> shop.twoSessions(kept2, inside2, undone2, true));
    assertEquals(List.of("inside", "kept"), authors(db), "nothing of the rolled-back one");
    assertNull(kept2.id());
    assertNull(inside2.id());
    assertNull(undone2.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void requiresNewCommitsOrRollsBackOnItsOwn(Databases db) {
    Shop shop = shop(db);
    Author own = new Author("own");
    assertThrows(Abort.class, () -> shop.requiresNew(own, false, true));
    assertEquals(List.of("own"), authors(db), "the inner transaction committed");
    assertEquals(List.of("requires new"), notes(db), "the outer one did not");
    assertStored(db, own, "own");

    Author failed = new Author("failed");
    shop(db).requiresNew(failed, true, false);
    assertEquals(List.of(), authors(db));
    assertEquals(List.of("outer"), notes(db));
    assertNull(failed.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aNestedPartThatRollsBackTakesOnlyItsOwnWrites(Databases db) {
    Shop shop = shop(db);
    Author before = new Author("before");
    Author inNested = new Author("in nested");
    shop.nested(before, inNested);
    assertEquals(List.of("before"), authors(db));
    assertEquals(List.of("after the nested part"), notes(db));
    assertStored(db, before, "before");
    assertNull(inNested.id(), "the savepoint's rollback took the id along");
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void jdbcTemplateWritesAndRelataWritesShareTheOutcome(Databases db) {
    Shop shop = shop(db);
    Author ann = new Author("ann");
    shop.jdbcTemplateBeside(ann, false);
    assertEquals(List.of("ann"), authors(db));
    assertEquals(List.of("with JdbcTemplate"), notes(db));
    assertStored(db, ann, "ann");

    Author bob = new Author("bob");
    assertThrows(Abort.class, () -> shop(db).jdbcTemplateBeside(bob, true));
    assertEquals(List.of(), authors(db));
    assertEquals(List.of(), notes(db));
    assertNull(bob.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void withoutATransactionTheSessionOwnsItsOwn(Databases db) {
    Shop shop = shop(db);
    Author committed = new Author("committed");
    Author flushedOnly = new Author("flushed only");
    shop.noTransaction(committed, flushedOnly);
    assertEquals(List.of("committed"), authors(db));
    assertStored(db, committed, "committed");
    assertNull(flushedOnly.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theTransactionsSessionIsSharedAndWrittenBeforeSpringCommits(Databases db) {
    Shop shop = shop(db);
    Author ann = new Author("ann");
    Book book = new Book("first");
    assertTrue(shop.boundSession(ann, book, false), "one session for the whole transaction");
    assertEquals(List.of("ann"), authors(db));
    assertEquals(
        List.of("first " + ann.id()), db.column("select title || ' ' || author_id from book"));
    assertStored(db, ann, "ann");
    assertNotNull(book.id());

    Author bob = new Author("bob");
    Book second = new Book("second");
    assertThrows(Abort.class, () -> shop(db).boundSession(bob, second, true));
    assertEquals(List.of(), authors(db));
    assertNull(bob.id());
    assertNull(second.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void aFlushFailureBeforeSpringCommitsRollsTheTransactionBackAndReachesTheCaller(Databases db) {
    Shop shop = shop(db);
    db.execute("insert into author (name) values ('taken')");
    Author taken = new Author("taken");
    FlushException e = assertThrows(FlushException.class, () -> shop.boundFailsAtCommit(taken));
    assertTrue(e.getMessage().contains("author"), e.getMessage());
    assertEquals(List.of("taken"), authors(db));
    assertEquals(List.of(), notes(db), "the application's write went with the transaction");
    assertNull(taken.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void requiresNewHasASessionOfItsOwn(Databases db) {
    Shop shop = shop(db);
    Author outer = new Author("outer");
    Author own = new Author("own");
    Abort abort = assertThrows(Abort.class, () -> shop.boundRequiresNew(outer, own));
    assertEquals("Rolled back on purpose: outer", abort.getMessage());
    assertEquals(List.of("own"), authors(db));
    assertStored(db, own, "own");
    assertNull(outer.id());
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theTransactionsSessionNeedsATransaction(Databases db) {
    shop(db);
    TransactionSessions sessions = db.bean(TransactionSessions.class);
    IllegalStateException e = assertThrows(IllegalStateException.class, sessions::current);
    assertTrue(e.getMessage().contains("@Transactional"), e.getMessage());
    // and a session of one's own still works there, on Boot's DSLContext
    try (Session s = Session.open(db.bean(DSLContext.class))) {
      assertEquals(List.of(), s.select(Author.class, Author.NAME.isNotNull()));
    }
  }
}
