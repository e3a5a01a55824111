package org.relata.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.Attachments;
import org.relata.runtime.meta.EntityAttachment;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Relationship;

/**
 * A unit of work on one database transaction: it tracks the objects added to it or loaded through
 * it, and writes what changed when flushed.
 *
 * <pre>{@code
 * try (Session session = Session.open(dsl)) {
 *   session.add(user);          // and, along SAVE_UPDATE cascades, everything user reaches
 *   session.commit();           // flush in dependency order, then commit
 *   User ed = session.query(User.class).where(User_.NAME.eq("ed")).first();
 * }                             // close() rolls back whatever was not committed
 * }</pre>
 *
 * <p>Each row read maps to one object per session (the identity map). Relationships load as their
 * {@code lazy} says: {@code SELECT} on first access, {@code JOINED} in the statement that reads
 * their owners, {@code SELECTIN} in one statement per relationship for all owners read together.
 *
 * <p>A session holds one connection from the {@link DSLContext}'s connection provider from {@link
 * #open} to {@link #close}. It is not thread-safe.
 */
public final class Session implements AutoCloseable {
  /** Bind values per statement; PostgreSQL's driver allows at most 32767. */
  static final int DEFAULT_MAX_BINDS = 32_000;

  private final ConnectionProvider provider;
  private final Connection connection;
  private final boolean autoCommitBefore;
  private final DSLContext dsl;
  private final Loader loader;
  private boolean open = true;
  private boolean autoflush = true;
  int maxBindsPerStatement = DEFAULT_MAX_BINDS;

  final IdentityMap identityMap = new IdentityMap();
  private final IdentityHashMap<Object, EntityState> states = new IdentityHashMap<>();
  /** Every managed state in the order it joined, so that writes are deterministic. */
  private final LinkedHashSet<EntityState> order = new LinkedHashSet<>();
  /** States inserted since the last commit: a rollback takes their rows away again. */
  private final List<EntityState> insertedSinceCommit = new ArrayList<>();

  private Session(DSLContext dsl) {
    this.provider = dsl.configuration().connectionProvider();
    Connection c = provider.acquire();
    try {
      this.autoCommitBefore = c.getAutoCommit();
      if (autoCommitBefore) {
        c.setAutoCommit(false);
      }
    } catch (SQLException e) {
      provider.release(c);
      throw new RelataException("Could not start a transaction: " + e.getMessage(), e);
    }
    this.connection = c;
    this.dsl = DSL.using(dsl.configuration().derive(c));
    this.loader = new Loader(this);
  }

  /** Opens a session on a connection of {@code dsl}, in a new transaction. */
  public static Session open(DSLContext dsl) {
    return new Session(Objects.requireNonNull(dsl, "dsl"));
  }

  /**
   * Makes {@code entity} part of this session, with everything it reaches along relationships
   * that cascade {@code SAVE_UPDATE}. A new object is inserted at the next flush; an object that
   * a closed session had loaded or saved comes back as persistent. Adding an object twice does
   * nothing.
   *
   * @throws ObjectStateException when the object belongs to another open session, or was deleted
   */
  public void add(Object entity) {
    requireOpen("add");
    Objects.requireNonNull(entity, "entity");
    EntityState state = states.get(entity);
    if (state != null && state.deleteRequested) {
      throw new ObjectStateException(
          state.describe() + " was deleted in this session and cannot be added again");
    }
    Cascades.saveUpdate(this, List.of(entity), true);
  }

  /** Adds every object of {@code entities}, as {@link #add} does. */
  public void addAll(Collection<?> entities) {
    for (Object e : new ArrayList<>(entities)) {
      add(e);
    }
  }

  /**
   * Marks a persistent object for deletion at the next flush, and, along relationships that
   * cascade {@code DELETE}, the objects it owns (loading them unless {@code passiveDeletes}).
   *
   * @throws ObjectStateException when the object was never persisted
   */
  public void delete(Object entity) {
    requireOpen("delete");
    Objects.requireNonNull(entity, "entity");
    EntityState state = states.get(entity);
    if (state == null) {
      EntityAttachment a = Attachments.of(entity);
      if (a instanceof EntityState other && other.isPersistent() && !other.session.isOpen()) {
        Cascades.saveUpdate(this, List.of(entity), true);
        state = states.get(entity);
      }
    }
    if (state == null || state.isPending()) {
      throw new ObjectStateException(
          (state == null ? entity.getClass().getSimpleName() : state.describe())
              + " is not persistent in this session; only a loaded or flushed object can be"
              + " deleted (a new one simply need not be added)");
    }
    for (EntityState s : Cascades.delete(this, state)) {
      s.deleteRequested = true;
    }
  }

  /**
   * Writes every pending change in one step that either succeeds whole or leaves the database and
   * the session exactly as before, with the pending changes kept.
   *
   * @throws FlushException when a statement fails; the flush was rolled back
   * @throws ObjectStateException when the objects are in a state that cannot be written
   */
  public void flush() {
    requireOpen("flush");
    Flush.run(this);
  }

  /** Flushes, then commits the transaction; the session stays open for more work. */
  public void commit() {
    flush();
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new FlushException("Commit failed; the transaction was rolled back: " + e.getMessage(), e);
    }
    insertedSinceCommit.clear();
  }

  /**
   * The object of {@code type} with primary key {@code id}, from the identity map or else from
   * the database; null when there is none. For a composite key pass the values as a {@code List},
   * in the order of the {@code @Id} fields. An identity-map miss autoflushes first.
   */
  public <E> E get(Class<E> type, Object id) {
    requireOpen("get");
    return loader.get(EntityType.of(type), Objects.requireNonNull(id, "id"));
  }

  /**
   * The objects of {@code type} whose rows match {@code condition}, written with the generated
   * {@code E_} fields; each row maps to its one instance in the identity map. Autoflushes first.
   */
  public <E> List<E> select(Class<E> type, Condition condition) {
    return query(type).where(condition).list();
  }

  /**
   * A query of {@code type}, to refine with conditions, an order and a page before it runs:
   *
   * <pre>{@code
   * List<User> users = session.query(User.class)
   *     .where(User_.NAME.like("e%"))
   *     .orderBy(User_.NAME.desc())
   *     .limit(10)
   *     .list();
   * }</pre>
   */
  public <E> EntityQuery<E> query(Class<E> type) {
    requireOpen("query");
    return new EntityQuery<>(this, EntityType.of(type));
  }

  /**
   * Whether {@link #get} (when the identity map misses), {@link #select} and {@link #query} flush
   * pending changes first, so that their results agree with what memory holds: a new object is
   * found, a deleted one is not, and a changed column matches. On by default, as in SQLAlchemy.
   * A lazy load never autoflushes, as it may run in the middle of a change to a relationship.
   * When the autoflush fails, the query throws what {@link #flush} throws and does not run.
   */
  public boolean isAutoflush() {
    return autoflush;
  }

  /**
   * Turns autoflush on or off; off, queries read only what was flushed already. Turn it off while
   * objects are half-built, or for many queries in a row over a session that holds many objects,
   * as each autoflush looks at every one of them.
   */
  public void setAutoflush(boolean autoflush) {
    this.autoflush = autoflush;
  }

  /** Whether {@code entity} is managed by this session and not deleted. */
  public boolean contains(Object entity) {
    EntityState s = states.get(entity);
    return s != null && !s.deleteRequested && s.status != EntityState.Status.DELETED;
  }

  public boolean isOpen() {
    return open;
  }

  /**
   * Rolls back what was not committed and releases the connection. The objects stay usable in
   * memory; their unloaded relationships can no longer load.
   */
  @Override
  public void close() {
    if (!open) {
      return;
    }
    open = false;
    try {
      connection.rollback();
      if (autoCommitBefore) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new RelataException("Could not roll back on close: " + e.getMessage(), e);
    } finally {
      provider.release(connection);
      // Rows inserted since the last commit are gone: those objects must not return as persistent.
      for (EntityState s : insertedSinceCommit) {
        Attachments.attach(s.entity, null);
        if (s.idGenerated) {
          s.type.ids().get(0).set(s.entity, null);
        }
      }
      insertedSinceCommit.clear();
    }
  }

  /**
   * A {@link DSLContext} on this session's connection and transaction, for jOOQ queries that
   * must see what the session has flushed but not yet committed. Statements run through it are
   * not tracked by the session.
   */
  public DSLContext dsl() {
    requireOpen("give out its DSLContext");
    return dsl;
  }

  // ---- for the package ----

  Connection connection() {
    return connection;
  }

  Loader loader() {
    return loader;
  }

  /** Flushes before a query, when autoflush is on. */
  void autoflush() {
    if (autoflush) {
      Flush.run(this);
    }
  }

  EntityState stateOf(Object entity) {
    return states.get(entity);
  }

  /** The managed states, in the order they joined; a copy, as flushing adds and removes. */
  List<EntityState> states() {
    return new ArrayList<>(order);
  }

  void register(EntityState state) {
    states.put(state.entity, state);
    order.add(state);
    Attachments.attach(state.entity, state);
  }

  void unregister(EntityState state) {
    states.remove(state.entity);
    order.remove(state);
    if (state.key != null) {
      identityMap.remove(state);
    }
  }

  void noteInserted(EntityState state) {
    insertedSinceCommit.add(state);
  }

  /** Loads an unloaded relationship of a managed object, on its first access. */
  void loadRelationship(EntityState state, Relationship<?, ?> relationship) {
    if (!open) {
      throw new DetachedInstanceException(
          "Cannot load " + relationship + " of " + state.describe()
              + ": its session is closed. Access it while the session is open, or add the object"
              + " to an open session first");
    }
    loader.load(state, relationship);
  }

  void requireOpen(String operation) {
    if (!open) {
      throw new SessionClosedException("Cannot " + operation + ": the session is closed");
    }
  }
}
