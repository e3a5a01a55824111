package org.relata.spring.boot;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;
import java.util.Optional;
import org.relata.Fetch;
import org.relata.runtime.Session;

/** The authors as a Jakarta Data repository, a Spring bean on the transaction's session. */
@Repository
public interface Authors extends CrudRepository<Author, Long> {
  Session session();

  @Find
  @Fetch("books")
  Optional<Author> byName(String name);
}
