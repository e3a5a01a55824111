package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.users.Address;
import org.relata.it.model.users.Profile;
import org.relata.it.model.users.User;
import org.relata.runtime.FlushException;
import org.relata.runtime.JooqOuterTransactions;
import org.relata.runtime.RelataException;
import org.relata.runtime.Session;

/**
 * Sessions inside jOOQ's own {@code dsl.transaction(...)}, on H2 and PostgreSQL: a session nests in
 * the transaction it is opened in, its commit hands its writes to that transaction, its close
 * undoes only what it wrote since it began or last committed, and it never commits or rolls back
 * the surrounding transaction. The rows are read through a separate connection after the outer
 * transaction ended.
 */
class JooqTransactionsTest {
  private static final String USERS = "select \"name\" from \"user_account\" order by 1";
  private static final String NOTES = "select \"text\" from \"note\" order by 1";

  private static TestDatabase database(Backend backend) {
    TestDatabase db = new TestDatabase(backend, User.class, Address.class, Profile.class);
    db.plain.execute("create table \"note\" (\"text\" varchar(100) not null)");
    return db;
  }

  /** The application's own write, on the transaction's connection. */
  private static void note(DSLContext dsl, String text) {
    dsl.insertInto(DSL.table(DSL.name("note")), DSL.field(DSL.name("text"))).values(text).execute();
  }

  private static List<List<Object>> rows(String... values) {
    List<List<Object>> rows = new ArrayList<>();
    for (String v : values) {
      rows.add(List.of(v));
    }
    return rows;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aCommittedSessionRollsBackWithTheTransactionThatThrowsAfterwards(Backend backend) {
    try (TestDatabase db = database(backend)) {
      User ed = new User("ed");
      assertThrows(
          IllegalStateException.class,
          () ->
              db.dsl.transaction(
                  cfg -> {
                    note(DSL.using(cfg), "before the session");
                    try (Session s = Session.open(DSL.using(cfg))) {
                      s.add(ed);
                      s.commit();
                      throw new IllegalStateException("after the session's commit");
                    }
                  }));
      assertEquals(rows(), db.rows(USERS));
      assertEquals(rows(), db.rows(NOTES), "the application's row written before the session too");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void closingAFlushedSessionUndoesOnlyItsOwnWrites(Backend backend) {
    try (TestDatabase db = database(backend)) {
      User ed = new User("ed");
      db.dsl.transaction(
          cfg -> {
            note(DSL.using(cfg), "before the session");
            try (Session s = Session.open(DSL.using(cfg))) {
              s.add(ed);
              s.flush();
            }
            note(DSL.using(cfg), "after the session");
          });
      assertEquals(rows(), db.rows(USERS));
      assertEquals(rows("after the session", "before the session"), db.rows(NOTES));
      assertNull(Ids.of(ed), "the undone insert left no id behind");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aFailedFlushLeavesTheTransactionUsableAndTheRetryWritesExactly(Backend backend) {
    try (TestDatabase db = database(backend)) {
      db.plain.execute("insert into \"user_account\" (\"id\", \"name\") values (1000, 'taken')");
      User clash = new User("clash");
      EntityFields.set(clash, "id", 1000L);
      List<String> failure = new ArrayList<>();
      db.dsl.transaction(
          cfg -> {
            note(DSL.using(cfg), "before the session");
            try (Session s = Session.open(DSL.using(cfg))) {
              s.add(clash);
              failure.add(assertThrows(FlushException.class, s::flush).getMessage());
              // On PostgreSQL this fails should the failed INSERT have aborted the transaction.
              note(DSL.using(cfg), "after the failure");
              EntityFields.set(clash, "id", 1001L);
              s.commit();
            }
          });
      assertTrue(failure.get(0).contains("user_account"), failure.get(0));
      assertEquals(rows("clash", "taken"), db.rows(USERS));
      assertEquals(
          List.of(List.of(1001L)),
          db.rows("select \"id\" from \"user_account\" where \"name\" = 'clash'").stream()
              .map(r -> List.<Object>of(((Number) r.get(0)).longValue()))
              .toList());
      assertEquals(rows("after the failure", "before the session"), db.rows(NOTES));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void sessionsInOneTransactionNestAndEachUndoesOnlyItsOwn(Backend backend) {
    try (TestDatabase db = database(backend)) {
      User kept = new User("kept");
      User inside = new User("inside");
      User undone = new User("undone");
      db.dsl.transaction(
          cfg -> {
            try (Session first = Session.open(DSL.using(cfg))) {
              first.add(kept);
              first.flush();
              try (Session second = Session.open(DSL.using(cfg))) {
                second.add(inside);
                second.commit();
              }
              try (Session third = Session.open(DSL.using(cfg))) {
                third.add(undone);
                third.flush();
              }
              first.commit();
            }
          });
      assertEquals(rows("inside", "kept"), db.rows(USERS));
      assertNotNull(Ids.of(kept));
      assertNull(Ids.of(undone));
    }
  }

  /**
   * Two sessions whose parts of one transaction cross cannot end the earlier one first: that would
   * end the later one's too. The session says so and changes nothing.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSessionRefusesToEndItsPartWhileALaterSessionsPartIsOpen(Backend backend) {
    try (TestDatabase db = database(backend)) {
      User early = new User("early");
      User late = new User("late");
      db.dsl.transaction(
          cfg -> {
            Session first = Session.open(DSL.using(cfg));
            Session second = Session.open(DSL.using(cfg));
            first.add(early);
            first.flush();
            second.add(late);
            second.flush();
            RelataException e = assertThrows(RelataException.class, first::commit);
            assertTrue(e.getMessage().contains("nest like blocks"), e.getMessage());
            assertThrows(RelataException.class, first::close);
            assertTrue(first.isOpen(), "the refused close left the session open");
            second.close();
            first.commit();
            first.close();
          });
      assertEquals(rows("early"), db.rows(USERS));
      assertNull(Ids.of(late));
    }
  }

  /**
   * A nested jOOQ transaction that rolls back takes what sessions committed into it, and into a
   * transaction nested in it; told of it ({@link JooqOuterTransactions}), the sessions drop the ids
   * of those rows too.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aNestedJooqTransactionThatRollsBackTakesOnlyItsOwnWrites(Backend backend) {
    for (boolean told : new boolean[] {false, true}) {
      try (TestDatabase db = database(backend)) {
        DSLContext dsl = told ? tracked(db) : db.dsl;
        User before = new User("before");
        User inNested = new User("in nested");
        User inInner = new User("in inner");
        dsl.transaction(
            cfg -> {
              commitIn(DSL.using(cfg), before);
              assertThrows(
                  IllegalStateException.class,
                  () ->
                      DSL.using(cfg)
                          .transaction(
                              nested -> {
                                commitIn(DSL.using(nested), inNested);
                                DSL.using(nested)
                                    .transaction(inner -> commitIn(DSL.using(inner), inInner));
                                note(DSL.using(nested), "in nested");
                                throw new IllegalStateException("the nested transaction fails");
                              }));
              note(DSL.using(cfg), "after the nested transaction");
            });
        assertEquals(rows("before"), db.rows(USERS));
        assertEquals(rows("after the nested transaction"), db.rows(NOTES));
        assertNotNull(Ids.of(before));
        if (told) {
          assertNull(Ids.of(inNested), "the nested transaction's rollback took its id along");
          assertNull(Ids.of(inInner), "and the id of what committed into it");
        }
      }
    }
  }

  /** A session of its own on {@code dsl} adds and commits {@code user}. */
  private static void commitIn(DSLContext dsl, User user) {
    try (Session s = Session.open(dsl)) {
      s.add(user);
      s.commit();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void withoutATransactionTheSessionOwnsItsOwn(Backend backend) {
    try (TestDatabase db = database(backend)) {
      User committed = new User("committed");
      User flushedOnly = new User("flushed only");
      try (Session s = Session.open(db.dsl)) {
        s.add(committed);
        s.commit();
        s.add(flushedOnly);
        s.flush();
      }
      assertEquals(rows("committed"), db.rows(USERS));
      assertNotNull(Ids.of(committed));
      assertNull(Ids.of(flushedOnly));
    }
  }

  /** {@code db}'s DSLContext, with jOOQ's transactions reported to sessions. */
  private static DSLContext tracked(TestDatabase db) {
    return DSL.using(JooqOuterTransactions.install(db.dsl.configuration().derive()));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void toldHowTheTransactionEndedTheSessionDropsTheIdsItRolledBack(Backend backend) {
    try (TestDatabase db = database(backend)) {
      DSLContext dsl = tracked(db);
      User ed = new User("ed");
      Address home = new Address("home");
      ed.getAddresses().add(home);
      assertThrows(
          IllegalStateException.class,
          () ->
              dsl.transaction(
                  cfg -> {
                    try (Session s = Session.open(DSL.using(cfg))) {
                      s.add(ed);
                      s.commit();
                      assertNotNull(Ids.of(ed));
                    }
                    throw new IllegalStateException("after the session's commit");
                  }));
      assertEquals(rows(), db.rows(USERS));
      assertNull(Ids.of(ed), "the id of a row the transaction rolled back is gone");
      assertNull(Ids.of(home));
      // and the objects are pending again: a new session writes them, once
      User kept = new User("kept");
      dsl.transaction(
          cfg -> {
            try (Session s = Session.open(DSL.using(cfg))) {
              s.add(ed);
              s.add(kept);
              s.commit();
            }
          });
      assertEquals(rows("ed", "kept"), db.rows(USERS));
      assertEquals(
          List.of(List.of("home", "ed")),
          db.rows(
              "select a.\"email\", u.\"name\" from \"address\" a join \"user_account\" u"
                  + " on u.\"id\" = a.\"user_id\""));
      assertNotNull(Ids.of(kept), "a committed transaction keeps its ids");
    }
  }
}
