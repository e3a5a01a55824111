package org.relata.spring.boot;

import org.jooq.DSLContext;
import org.relata.runtime.FlushException;
import org.relata.runtime.Session;
import org.relata.spring.TransactionSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application service of the Spring tests: each method is one case of the contract. */
@Service
public class Shop {
  private final DSLContext dsl;
  private final Notes notes;
  private final Inner inner;
  private final TransactionSessions sessions;

  public Shop(DSLContext dsl, Notes notes, Inner inner, TransactionSessions sessions) {
    this.dsl = dsl;
    this.notes = notes;
    this.inner = inner;
    this.sessions = sessions;
  }

  @Transactional
  public void commitThenThrow(Author author) {
    notes.withJooq("before the session");
    try (Session s = Session.open(dsl)) {
      s.add(author);
      s.commit();
      throw new Abort("after the session's commit");
    }
  }

  @Transactional
  public void flushThenReturn(Author author) {
    notes.withJooq("before the session");
    try (Session s = Session.open(dsl)) {
      s.add(author);
      s.flush();
    }
    notes.withJooq("after the session");
  }

  /**
   * {@code taken}'s name is already in the table: its flush fails, the application goes on, fixes
   * the name and commits; returns the failure's message.
   */
  @Transactional
  public String flushFailureCaught(Author taken, Author other) {
    notes.withJooq("before the session");
    String failure;
    try (Session s = Session.open(dsl)) {
      s.add(taken);
      try {
        s.flush();
        throw new AssertionError("the flush of a duplicate name succeeded");
      } catch (FlushException e) {
        failure = e.getMessage();
      }
      notes.withJooq("after the failure");
      taken.rename("fixed");
      s.add(other);
      s.commit();
    }
    return failure;
  }

  /**
   * Three sessions in one transaction: {@code kept} is committed by the first, {@code inner} by a
   * second nested in it, {@code undone} only flushed by a third.
   */
  @Transactional
  public void twoSessions(Author kept, Author inside, Author undone, boolean fail) {
    try (Session first = Session.open(dsl)) {
      first.add(kept);
      first.flush();
      try (Session second = Session.open(dsl)) {
        second.add(inside);
        second.commit();
      }
      try (Session third = Session.open(dsl)) {
        third.add(undone);
        third.flush();
      }
      first.commit();
    }
    if (fail) {
      throw new Abort("after three sessions");
    }
  }

  @Transactional
  public void requiresNew(Author author, boolean innerFails, boolean outerFails) {
    notes.withJooq("outer");
    try {
      inner.requiresNew(author, innerFails);
    } catch (Abort expected) {
      // the inner transaction rolled back; this one goes on
    }
    if (outerFails) {
      throw new Abort("outer");
    }
  }

  @Transactional
  public void nested(Author before, Author inNested) {
    try (Session s = Session.open(dsl)) {
      s.add(before);
      s.commit();
    }
    try {
      inner.nestedAndFail(inNested);
    } catch (Abort expected) {
      // rolled back to the savepoint; this transaction goes on
    }
    notes.withJooq("after the nested part");
  }

  @Transactional
  public void jdbcTemplateBeside(Author author, boolean fail) {
    notes.withJdbcTemplate("with JdbcTemplate");
    try (Session s = Session.open(dsl)) {
      s.add(author);
      s.commit();
    }
    if (fail) {
      throw new Abort("after JdbcTemplate and Relata");
    }
  }

  /** No transaction around: the session's are its own. */
  public void noTransaction(Author committed, Author flushedOnly) {
    try (Session s = Session.open(dsl)) {
      s.add(committed);
      s.commit();
      s.add(flushedOnly);
      s.flush();
    }
  }

  /** The transaction's session, shared with {@link Inner#addBook}; whether it was the same one. */
  @Transactional
  public boolean boundSession(Author author, Book book, boolean fail) {
    Session session = sessions.current();
    session.add(author);
    boolean same = inner.addBook(author, book) == session;
    session.flush(); // its part of the transaction is open when Spring ends the transaction
    if (fail) {
      throw new Abort("after the bound session's work");
    }
    return same;
  }

  /** The transaction's session is given {@code author} and fails when it is written, at commit. */
  @Transactional
  public void boundFailsAtCommit(Author author) {
    notes.withJooq("beside the session");
    sessions.current().add(author);
  }

  /** A REQUIRES_NEW transaction has its own bound session; whether it was another one. */
  @Transactional
  public boolean boundRequiresNew(Author outer, Author own) {
    Session session = sessions.current();
    session.add(outer);
    boolean other = inner.boundRequiresNew(own) != session;
    if (sessions.current() != session) {
      throw new AssertionError("the outer transaction's session did not come back");
    }
    throw new Abort(other ? "outer" : "outer, which shared its session");
  }
}
