package org.relata.spring.boot;

import org.relata.spring.TransactionSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service that works through the {@link Authors} repository bean. */
@Service
public class Library {
  private final Authors authors;
  private final TransactionSessions sessions;

  public Library(Authors authors, TransactionSessions sessions) {
    this.authors = authors;
    this.sessions = sessions;
  }

  /**
   * Inserts {@code author} with {@code book} through the repository, then fails when asked to;
   * returns whether the repository used the transaction's session.
   */
  @Transactional
  public boolean publish(Author author, Book book, boolean fail) {
    author.getBooks().add(book);
    authors.insert(author);
    boolean shared = authors.session() == sessions.current();
    if (fail) {
      throw new Abort("after the repository's insert");
    }
    return shared;
  }

  /** Renames the author found by name; the change is written when Spring commits. */
  @Transactional
  public int rename(String name, String newName) {
    Author a = authors.byName(name).orElseThrow();
    a.rename(newName);
    return a.getBooks().size();
  }
}
