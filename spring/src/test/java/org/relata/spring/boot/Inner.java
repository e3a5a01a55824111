package org.relata.spring.boot;

import org.jooq.DSLContext;
import org.relata.runtime.Session;
import org.relata.spring.TransactionSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The service that {@link Shop} calls, for what runs in a transaction of another propagation. */
@Service
public class Inner {
  private final DSLContext dsl;
  private final Notes notes;
  private final TransactionSessions sessions;

  public Inner(DSLContext dsl, Notes notes, TransactionSessions sessions) {
    this.dsl = dsl;
    this.notes = notes;
    this.sessions = sessions;
  }

  /** A transaction of its own: writes a note and {@code author}, then fails when asked to. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void requiresNew(Author author, boolean fail) {
    notes.withJooq("requires new");
    try (Session s = Session.open(dsl)) {
      s.add(author);
      s.commit();
    }
    if (fail) {
      throw new Abort("requires new");
    }
  }

  /** A savepoint in the caller's transaction: writes {@code author} and a note, then fails. */
  @Transactional(propagation = Propagation.NESTED)
  public void nestedAndFail(Author author) {
    try (Session s = Session.open(dsl)) {
      s.add(author);
      s.commit();
    }
    notes.withJooq("nested");
    throw new Abort("nested");
  }

  /** Joins the caller's transaction, and so its session. */
  @Transactional
  public Session addBook(Author author, Book book) {
    Session session = sessions.current();
    author.getBooks().add(book);
    return session;
  }

  /** The transaction-bound session of a transaction of its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Session boundRequiresNew(Author author) {
    Session session = sessions.current();
    session.add(author);
    return session;
  }
}
