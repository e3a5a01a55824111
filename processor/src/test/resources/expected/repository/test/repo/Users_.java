package test.repo;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import org.relata.Lazy;
import org.relata.runtime.EntityQuery;
import org.relata.runtime.Session;
import org.relata.runtime.repository.Finders;
import org.relata.runtime.repository.Lifecycle;

/**
 * The implementation of {@link Users} on a Relata {@link Session}.
 *
 * <p>Each finder runs one query of the session, whose results are its managed objects.
 * Each lifecycle method writes through the session and flushes.
 */
@Generated("org.relata.processor.RelataProcessor")
public class Users_ implements Users {
  /**
   * Gives the session of each call.
   */
  private final Supplier<Session> sessions;

  /**
   * A repository that reads and writes through {@code session}.
   */
  public Users_(Session session) {
    Objects.requireNonNull(session, "session");
    this.sessions = () -> session;
  }

  /**
   * A repository whose every call uses the session that {@code sessions} gives then, such as the
   * current transaction's ({@code org.relata.spring.TransactionSessions}).
   */
  public Users_(Supplier<Session> sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Session session() {
    return sessions.get();
  }

  @Override
  public Optional<User> byName(String name) {
    EntityQuery<User> query = sessions.get().query(User.class)
          .where(Finders.equal(UserRelations.NAME, name));
    return Finders.optional(query);
  }

  @Override
  public List<User> named(String userName, int age, Limit limit) {
    EntityQuery<User> query = sessions.get().query(User.class)
          .where(Finders.equal(UserRelations.NAME, userName))
          .where(Finders.equal(UserRelations.AGE, age))
          .orderBy(UserRelations.NAME.asc(), UserRelations.ID.desc())
          .load(UserRelations.ADDRESSES, Lazy.SELECTIN);
    query = Finders.limit(query, limit);
    return query.list();
  }

  @Override
  public Stream<User> sorted(Sort<User> sort) {
    EntityQuery<User> query = sessions.get().query(User.class);
    query = Finders.sort(query, UserRelations.TYPE, sort);
    return query.list().stream();
  }

  @Override
  public Page<User> byAge(int age, PageRequest pageRequest, Order<User> order) {
    EntityQuery<User> query = sessions.get().query(User.class)
          .where(Finders.equal(UserRelations.AGE, age));
    query = Finders.sort(query, UserRelations.TYPE, order);
    return Finders.pageOf(query, pageRequest);
  }

  @Override
  public long countByName(String name) {
    EntityQuery<User> query = sessions.get().query(User.class)
          .where(Finders.equal(UserRelations.NAME, name));
    return query.count();
  }

  @Override
  public long deleteByName(String name) {
    Session session = sessions.get();
    return Lifecycle.deleteAll(session, session.query(User.class)
          .where(Finders.equal(UserRelations.NAME, name)));
  }

  @Override
  public <S extends User> S save(S entity) {
    Lifecycle.save(sessions.get(), List.of(entity));
    return entity;
  }

  @Override
  public <S extends User> List<S> saveAll(List<S> entities) {
    Lifecycle.save(sessions.get(), entities);
    return entities;
  }

  @Override
  public Optional<User> findById(Long id) {
    EntityQuery<User> query = sessions.get().query(User.class)
          .where(Finders.equal(UserRelations.ID, id));
    return Finders.optional(query);
  }

  @Override
  public Stream<User> findAll() {
    EntityQuery<User> query = sessions.get().query(User.class);
    return query.list().stream();
  }

  @Override
  public Page<User> findAll(PageRequest pageRequest, Order<User> sortBy) {
    EntityQuery<User> query = sessions.get().query(User.class);
    query = Finders.sort(query, UserRelations.TYPE, sortBy);
    return Finders.pageOf(query, pageRequest);
  }

  @Override
  public void deleteById(Long id) {
    Session session = sessions.get();
    Lifecycle.deleteAll(session, session.query(User.class)
          .where(Finders.equal(UserRelations.ID, id)));
  }

  @Override
  public void delete(User entity) {
    Lifecycle.delete(sessions.get(), List.of(entity));
  }

  @Override
  public void deleteAll(List<? extends User> entities) {
    Lifecycle.delete(sessions.get(), entities);
  }

  @Override
  public <S extends User> S insert(S entity) {
    Lifecycle.insert(sessions.get(), List.of(entity));
    return entity;
  }

  @Override
  public <S extends User> List<S> insertAll(List<S> entities) {
    Lifecycle.insert(sessions.get(), entities);
    return entities;
  }

  @Override
  public <S extends User> S update(S entity) {
    Lifecycle.update(sessions.get(), List.of(entity));
    return entity;
  }

  @Override
  public <S extends User> List<S> updateAll(List<S> entities) {
    Lifecycle.update(sessions.get(), entities);
    return entities;
  }
}
