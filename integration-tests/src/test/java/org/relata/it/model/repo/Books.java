package org.relata.it.model.repo;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import java.util.List;
import org.relata.Fetch;

/** The books; each finder brings their authors along. */
@Repository
public interface Books extends BasicRepository<Book, Long> {
  @Find
  @OrderBy("title")
  @Fetch(value = "author", mode = Fetch.Mode.JOINED)
  List<Book> byAuthorId(Long authorId);

  @Find
  @OrderBy("title")
  @Fetch("author")
  List<Book> byTitle(String title);
}
