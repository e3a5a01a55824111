package org.relata.it.model.repo;

import jakarta.data.Limit;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.relata.Fetch;
import org.relata.runtime.Session;

/** The authors, with every kind of method Relata implements. */
@Repository
public interface Authors extends CrudRepository<Author, Long> {
  Session session();

  @Find
  Optional<Author> byName(String name);

  @Find
  Author named(String name);

  @Find
  @OrderBy("name")
  List<Author> all();

  @Find
  @OrderBy("name")
  @Fetch("books")
  List<Author> withBooks();

  @Find
  @OrderBy("name")
  @Fetch(value = "books", mode = Fetch.Mode.JOINED)
  List<Author> withBooksJoined(Limit limit);

  @Find
  Stream<Author> bornIn(int born, Sort<Author> sort);

  @Find
  @OrderBy(value = "born", descending = true)
  @OrderBy("name") // ann and bob share a year: pages need a total order
  Page<Author> bornBefore(PageRequest pageRequest);

  @Find
  long countBorn(int born);

  @Delete
  long removeBorn(int born);

  /** Anything else: the session and the generated fields. */
  default List<Author> withTitle(String title) {
    return session()
        .query(Author.class)
        .where(
            Author.ID.in(DSL.select(Book.AUTHOR_ID).from(Book.TABLE).where(Book.TITLE.eq(title))))
        .list();
  }
}
