package org.relata.examples.model;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import java.util.List;
import java.util.Optional;
import org.relata.Fetch;

/**
 * The users as a Jakarta Data repository: the processor generates {@code Users_}, whose finders are
 * queries of a session and whose lifecycle methods write through it.
 */
@Repository
public interface Users extends CrudRepository<User, Long> {
  @Find
  Optional<User> byName(String name);

  /** Every user, with the addresses loaded in one more statement for all of them. */
  @Find
  @OrderBy("name")
  @Fetch("addresses")
  List<User> withAddresses();

  @Find
  long countByName(String name);
}
