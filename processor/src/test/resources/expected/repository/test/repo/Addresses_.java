package test.repo;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.relata.Lazy;
import org.relata.runtime.EntityQuery;
import org.relata.runtime.Session;
import org.relata.runtime.repository.Finders;
import org.relata.runtime.repository.Lifecycle;

/**
 * The implementation of {@link Addresses} on a Relata {@link Session}.
 *
 * <p>Each finder runs one query of the session, whose results are its managed objects.
 * Each lifecycle method writes through the session and flushes.
 */
@Generated("org.relata.processor.RelataProcessor")
public class Addresses_ implements Addresses {
  /**
   * Gives the session of each call.
   */
  private final Supplier<Session> sessions;

  /**
   * A repository that reads and writes through {@code session}.
   */
  public Addresses_(Session session) {
    Objects.requireNonNull(session, "session");
    this.sessions = () -> session;
  }

  /**
   * A repository whose every call uses the session that {@code sessions} gives then, such as the
   * current transaction's ({@code org.relata.spring.TransactionSessions}).
   */
  public Addresses_(Supplier<Session> sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public DSLContext dsl() {
    return sessions.get().dsl();
  }

  @Override
  public List<Address> byEmail(String email) {
    EntityQuery<Address> query = sessions.get().query(Address.class)
          .where(Finders.equal(AddressRelations.EMAIL, email))
          .orderBy(DSL.lower(AddressRelations.EMAIL).asc())
          .load(AddressRelations.USER, Lazy.JOINED);
    return query.list();
  }

  @Override
  public Address[] byUserId(Long userId) {
    EntityQuery<Address> query = sessions.get().query(Address.class)
          .where(Finders.equal(AddressRelations.USER_ID, userId));
    return query.list().toArray(new Address[0]);
  }

  @Override
  public void add(Address address) {
    Lifecycle.insert(sessions.get(), List.of(address));
  }

  @Override
  public Address[] saveAll(Address... addresses) {
    Lifecycle.save(sessions.get(), Arrays.asList(addresses));
    return addresses;
  }
}
