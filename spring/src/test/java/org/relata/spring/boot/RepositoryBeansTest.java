package org.relata.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A generated Jakarta Data repository as a Spring bean, built on {@code TransactionSessions}: each
 * call uses the current transaction's session, so what it writes commits or rolls back with the
 * transaction. Rows are read through a separate connection after the transaction ended.
 */
class RepositoryBeansTest {

  private static Library library(Databases db) {
    Library library = db.bean(Library.class);
    db.execute("delete from book", "delete from author", "delete from note");
    return library;
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theRepositoryWritesInTheTransactionAndCommitsWithIt(Databases db) {
    Library library = library(db);
    Author ann = new Author("ann");
    Book book = new Book("b1");
    assertTrue(library.publish(ann, book, false), "the repository used the transaction's session");
    assertNotNull(ann.id());
    assertEquals(List.of("ann"), db.column("select name from author"));
    assertEquals(
        List.of(ann.id().toString()),
        db.column("select author_id from book where title = 'b1'"),
        "the book cascaded");

    assertEquals(1, library.rename("ann", "anne"), "the finder fetched the books");
    assertEquals(List.of("anne"), db.column("select name from author"), "written at commit");
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void theRepositorysWritesRollBackWithTheTransaction(Databases db) {
    Library library = library(db);
    Author bob = new Author("bob");
    assertThrows(Abort.class, () -> library.publish(bob, new Book("b2"), true));
    assertEquals(List.of(), db.column("select name from author"));
    assertEquals(List.of(), db.column("select title from book"));
    assertNull(bob.id(), "the id the rolled-back transaction generated is not kept");
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void outsideATransactionTheRepositorySaysWhy(Databases db) {
    library(db);
    Authors authors = db.bean(Authors.class);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> authors.byName("ann"));
    assertTrue(e.getMessage().contains("No Spring transaction is active"), e.getMessage());
  }
}
