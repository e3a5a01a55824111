package test.repo;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.relata.Lazy;
import org.relata.runtime.EntityQuery;
import org.relata.runtime.Session;
import org.relata.runtime.repository.Finders;
import org.relata.runtime.repository.Lifecycle;

/**
 * The implementation of {@link Addresses} on a Relata {@link Session}: each finder runs one query of the
 * session, whose results are its managed objects, and each lifecycle method writes through
 * the session and flushes.
 */
@Generated("org.relata.processor.RelataProcessor")
public class Addresses_ implements Addresses {
  private final Session session;

  /**
   * A repository that reads and writes through {@code session}.
   */
  public Addresses_(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  @Override
  public DSLContext dsl() {
    return session.dsl();
  }

  @Override
  public List<Address> byEmail(String email) {
    EntityQuery<Address> query = session.query(Address.class)
          .where(Finders.equal(Address_.EMAIL, email))
          .orderBy(DSL.lower(Address_.EMAIL).asc())
          .load(Address_.USER, Lazy.JOINED);
    return query.list();
  }

  @Override
  public Address[] byUserId(Long userId) {
    EntityQuery<Address> query = session.query(Address.class)
          .where(Finders.equal(Address_.USER_ID, userId));
    return query.list().toArray(new Address[0]);
  }

  @Override
  public void add(Address address) {
    Lifecycle.insert(session, List.of(address));
  }

  @Override
  public Address[] saveAll(Address... addresses) {
    Lifecycle.save(session, Arrays.asList(addresses));
    return addresses;
  }
}
