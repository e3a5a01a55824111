package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.relata.runtime.meta.Attachments;
import org.relata.runtime.meta.EntityAttachment;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Relationship;

/**
 * A unit of work on a stretch of a database transaction: it tracks the objects added to it or
 * loaded through it, and writes what changed when flushed.
 *
 * <pre>{@code
 * try (Session session = Session.open(dsl)) {
 *   session.add(user);          // and, along SAVE_UPDATE cascades, everything user reaches
 *   session.commit();           // flush in dependency order, then commit
 *   User ed = session.query(User.class).where(User.NAME.eq("ed")).first();
 * }                             // close() rolls back what it wrote since the last commit
 * }</pre>
 *
 * <p>Each row read maps to one object per session (the identity map). Relationships load as their
 * {@code lazy} says: {@code SELECT} on first access, {@code JOINED} in the statement that reads
 * their owners, {@code SELECTIN} in one statement per relationship for all owners read together.
 *
 * <p>A session begins, commits and rolls back through the {@link DSLContext}'s jOOQ {@code
 * TransactionProvider}. Inside a transaction that surrounds it (jOOQ's {@code dsl.transaction},
 * Spring's {@code @Transactional}) its part of the transaction is a nested one: {@link #commit}
 * hands its writes to the surrounding transaction, and {@link #close} undoes only what it wrote
 * since it began or last committed. With none around it, the transaction is its own. Its part
 * begins when it first needs the database after {@link #open} or {@link #commit}, and holds a
 * connection until the next commit or close. It is not thread-safe: a call from a second thread
 * while a call of another thread runs fails with a {@link ConcurrentSessionUseException} and does
 * nothing.
 */
public final class Session implements AutoCloseable {
  /** Bind values per statement; PostgreSQL's driver allows at most 32767. */
  static final int DEFAULT_MAX_BINDS = 32_000;

  private final SessionTransaction transaction;
  private final Loader loader;
  private final ThreadGuard guard = new ThreadGuard();
  private boolean open = true;
  private boolean autoflush = true;
  private ExpireOnCommit expireOnCommit = ExpireOnCommit.RELATIONSHIPS;

  /** Bumped to expire every relationship of every object; each state catches up when asked. */
  int relationshipEpoch;

  /** Bumped to expire the columns of every object; each state catches up when asked. */
  int columnEpoch;

  int maxBindsPerStatement = DEFAULT_MAX_BINDS;

  final IdentityMap identityMap = new IdentityMap();

  /**
   * The states of managed objects that have no relationships. An object with relationships carries
   * its state as its attachment (see {@link #stateOf}), which saves a load of thousands of rows an
   * identity-hash table that it would grow and rehash time and again.
   */
  private final IdentityHashMap<Object, EntityState> plainStates = new IdentityHashMap<>();

  /**
   * Every managed state in the order it joined, so that writes are deterministic: a state counts at
   * its {@link EntityState#orderIndex} while registered; the slots it left are skipped, and dropped
   * once they are the majority.
   */
  private final ArrayList<EntityState> order = new ArrayList<>();

  private int leftSlots;

  /** Above zero while the session puts links back after a rollback; they do not cascade. */
  private int restoring;

  private Session(DSLContext dsl) {
    this.transaction = new SessionTransaction(dsl.configuration());
    this.loader = new Loader(this);
  }

  /**
   * Opens a session on {@code dsl}: in a transaction of its own, or nested in the one that
   * surrounds it.
   */
  public static Session open(DSLContext dsl) {
    return new Session(Objects.requireNonNull(dsl, "dsl"));
  }

  /**
   * Makes {@code entity} part of this session, with everything it reaches along relationships that
   * cascade {@code SAVE_UPDATE}. A new object is inserted at the next flush; an object that a
   * closed session had loaded or saved comes back as persistent. Adding an object twice does
   * nothing.
   *
   * @throws ObjectStateException when the object belongs to another open session, or was deleted
   */
  public void add(Object entity) {
    boolean entered = guard.enter("add an object");
    try {
      addNow(entity);
    } finally {
      guard.exit(entered);
    }
  }

  private void addNow(Object entity) {
    requireOpen("add");
    Objects.requireNonNull(entity, "entity");
    EntityState state = stateOf(entity);
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
   * Marks a persistent object for deletion at the next flush, and, along relationships that cascade
   * {@code DELETE}, the objects it owns (loading them unless {@code passiveDeletes}).
   *
   * @throws ObjectStateException when the object was never persisted
   */
  public void delete(Object entity) {
    boolean entered = guard.enter("delete an object");
    try {
      deleteNow(entity);
    } finally {
      guard.exit(entered);
    }
  }

  private void deleteNow(Object entity) {
    requireOpen("delete");
    Objects.requireNonNull(entity, "entity");
    EntityState state = stateOf(entity);
    if (state == null) {
      EntityAttachment a = Attachments.of(entity);
      boolean detached =
          a instanceof EntityState other
              ? other.isPersistent() && !other.session.isOpen()
              : Cascades.detachedPlain(entity) != null;
      if (detached) {
        Cascades.saveUpdate(this, List.of(entity), true);
        state = stateOf(entity);
      }
    }
    if (state == null || state.isPending()) {
      throw new ObjectStateException(
          (state == null ? entity.getClass().getSimpleName() : state.describe())
              + " is not persistent in this session; only a loaded or flushed object can be"
              + " deleted (a new one simply need not be added)");
    }
    for (EntityState s : Cascades.delete(this, state)) {
      s.requestDelete();
    }
  }

  /**
   * Writes every pending change in one step that either succeeds whole or leaves the database and
   * the session exactly as before, with the pending changes kept.
   *
   * @throws FlushException when a statement fails; the flush was rolled back. A {@link
   *     ConflictException} when another transaction wrote the same rows first
   * @throws ObjectStateException when the objects are in a state that cannot be written
   * @throws ConnectionLostException when the connection broke; the database rolled back the whole
   *     transaction, and every change since the last commit is pending again
   */
  public void flush() {
    boolean entered = guard.enter("flush");
    try {
      flushNow();
    } finally {
      guard.exit(entered);
    }
  }

  private void flushNow() {
    requireOpen("flush");
    Flush.run(this);
  }

  /**
   * Flushes, then commits the session's part of the transaction; the session stays open for more
   * work. With no transaction around the session, that is the commit. Inside one, the writes become
   * part of the surrounding transaction, whose outcome then decides.
   *
   * @throws FlushException when the flush or the commit fails. A failed commit rolls the session's
   *     part back, and every change since the last commit (flushed or not) is pending again, so
   *     that committing again writes it; a {@link ConflictException} when another transaction wrote
   *     the same rows first
   * @throws ConnectionLostException when the connection broke
   */
  public void commit() {
    boolean entered = guard.enter("commit");
    try {
      commitNow();
    } finally {
      guard.exit(entered);
    }
  }

  private void commitNow() {
    flush();
    transaction.commit();
    if (expireOnCommit != ExpireOnCommit.NONE) {
      relationshipEpoch++;
      if (expireOnCommit == ExpireOnCommit.ALL) {
        columnEpoch++;
      }
    }
  }

  /**
   * The object of {@code type} with primary key {@code id}, from the identity map or else from the
   * database; null when there is none. For a composite key pass the values as a {@code List}, in
   * the order of the {@code @Id} fields. An identity-map miss autoflushes first.
   */
  public <E> E get(Class<E> type, Object id) {
    boolean entered = guard.enter("get an object");
    try {
      return getNow(type, id);
    } finally {
      guard.exit(entered);
    }
  }

  private <E> E getNow(Class<E> type, Object id) {
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
   *     .where(User.NAME.like("e%"))
   *     .orderBy(User.NAME.desc())
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
   * found, a deleted one is not, and a changed column matches. On by default, as in SQLAlchemy. A
   * lazy load never autoflushes, as it may run in the middle of a change to a relationship. When
   * the autoflush fails, the query throws what {@link #flush} throws and does not run.
   */
  public boolean isAutoflush() {
    return autoflush;
  }

  /**
   * Turns autoflush on or off; off, queries read only what was flushed already. Turn it off while
   * objects are half-built, or for many queries in a row over a session that holds many objects, as
   * each autoflush looks at every one of them.
   */
  public void setAutoflush(boolean autoflush) {
    this.autoflush = autoflush;
  }

  /**
   * Reads {@code entity}'s row again now: its columns take the values of the row, its eager
   * relationships are read again, and its lazy ones on their next access. Autoflushes first, as a
   * query does, so that nothing pending is lost; with autoflush off, a column changed since the
   * last flush keeps its value (see {@link #expire(Object)}). SQLAlchemy's {@code Session.refresh}.
   *
   * @throws ObjectStateException when the object is not persistent in this session, or its row is
   *     gone
   */
  public void refresh(Object entity) {
    boolean entered = guard.enter("refresh an object");
    try {
      requireOpen("refresh");
      EntityState s = Expiry.persistent(this, entity, "refresh");
      autoflush();
      s = Expiry.persistent(this, entity, "refresh");
      Expiry.expire(s);
      if (!loader
          .query(s.type, Keys.equal(s.type, s.key), List.of(), null, null, LoadOptions.NONE)
          .contains(entity)) {
        throw new ObjectStateException(
            "Cannot refresh " + s.describe() + ": its row is gone from the database");
      }
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * Expires {@code entity}: each of its relationships is read again on its next access through its
   * getter while this session is open, and its columns are refreshed by the next row this session
   * reads for it ({@link #get} reads the row again). A column field cannot reload on its own when
   * read; call {@link #refresh} to read the columns now. Nothing pending is discarded: a column or
   * a scalar relationship changed since the last flush keeps its new value, and a collection read
   * again keeps the links added and removed since. SQLAlchemy's {@code Session.expire}.
   *
   * @throws ObjectStateException when the object is not persistent in this session
   */
  public void expire(Object entity) {
    boolean entered = guard.enter("expire an object");
    try {
      requireOpen("expire");
      Expiry.expire(Expiry.persistent(this, entity, "expire"));
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * Expires one relationship of {@code entity}, named by its descriptor in the generated metamodel
   * ({@code session.expire(user, User.ADDRESSES)}): it is read again on its next access while this
   * session is open, as {@link #expire(Object)} says.
   *
   * @throws ObjectStateException when the object is not persistent in this session
   */
  public <E> void expire(E entity, Relationship<? super E, ?> relationship) {
    boolean entered = guard.enter("expire an object");
    try {
      requireOpen("expire");
      Expiry.expire(Expiry.persistent(this, entity, "expire"), relationship);
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * Expires every object of this session, as {@link #expire(Object)} does; takes constant time.
   * Objects not yet flushed have nothing to read again, and are left as they are.
   */
  public void expireAll() {
    boolean entered = guard.enter("expire all objects");
    try {
      requireOpen("expire");
      relationshipEpoch++;
      columnEpoch++;
    } finally {
      guard.exit(entered);
    }
  }

  /**
   * What {@link #commit} expires after it committed; {@link ExpireOnCommit#RELATIONSHIPS} unless
   * set.
   */
  public ExpireOnCommit getExpireOnCommit() {
    return expireOnCommit;
  }

  /**
   * Sets what {@link #commit} expires after it committed: {@link ExpireOnCommit#RELATIONSHIPS} (the
   * default), {@link ExpireOnCommit#ALL} or {@link ExpireOnCommit#NONE}.
   */
  public void setExpireOnCommit(ExpireOnCommit expireOnCommit) {
    this.expireOnCommit = Objects.requireNonNull(expireOnCommit, "expireOnCommit");
  }

  /**
   * Copies the state of {@code entity}, an object from outside this session (detached, or new),
   * onto this session's instance of the same row, and returns that instance; SQLAlchemy's {@code
   * Session.merge}. The instance is the one the identity map holds, or else the one read from the
   * database, or else a new object that joins the session as pending (also when the id is null).
   * Every column is copied; relationships that cascade {@code MERGE} (the default) are merged in
   * turn, a collection element by element, and the instance's relationship then holds the merged
   * instances. A relationship the source never loaded or touched is left alone, and so is one
   * without {@code MERGE}, with its key column. {@code entity} itself is not changed and does not
   * join the session; an object of this session is returned as it is. Autoflushes first.
   *
   * @throws ObjectStateException when the row's instance was deleted in this session
   */
  public <E> E merge(E entity) {
    boolean entered = guard.enter("merge an object");
    try {
      requireOpen("merge");
      Objects.requireNonNull(entity, "entity");
      autoflush();
      return Merge.run(this, entity);
    } finally {
      guard.exit(entered);
    }
  }

  /** Whether {@code entity} is managed by this session and not deleted. */
  public boolean contains(Object entity) {
    EntityState s = stateOf(entity);
    return s != null && !s.deleteRequested && !s.isDeleted();
  }

  /**
   * Whether {@code entity}'s row exists as far as this session knows: it was loaded or flushed by
   * this session and is not deleted, or it was by a session that is closed now (so that {@link
   * #add} brings it back as persistent).
   */
  public boolean isPersistent(Object entity) {
    EntityState s = stateOf(entity);
    if (s == null && Attachments.of(entity) instanceof EntityState other && !other.session.open) {
      s = other;
    }
    return s != null && s.isPersistent() && !s.deleteRequested;
  }

  public boolean isOpen() {
    return open;
  }

  /**
   * Rolls back what the session wrote since it began or last committed, and no more, and releases
   * the connection. The objects stay usable in memory; their unloaded relationships can no longer
   * load. What was flushed since the last commit is pending again (new objects are new again,
   * without their generated ids), so that adding the objects to another session writes it.
   *
   * @throws RelataException when another session began its part of the same transaction after this
   *     one and is still open (close that one first; this one stays open), or the rollback failed
   */
  @Override
  public void close() {
    boolean entered = guard.enter("close the session");
    try {
      closeNow();
    } finally {
      guard.exit(entered);
    }
  }

  private void closeNow() {
    if (!open) {
      return;
    }
    transaction.requireEndable("close");
    open = false;
    try {
      transaction.close();
    } finally {
      // What was flushed since the last commit is pending again by now; a plain object has no
      // attachment to carry what the session knew about it, so it is kept aside.
      for (EntityState state : plainStates.values()) {
        DetachedPlainObjects.remember(state);
      }
    }
  }

  /**
   * A {@link DSLContext} on this session's connection and its part of the transaction, for jOOQ
   * queries that must see what the session has flushed but not yet committed, valid until the next
   * {@link #commit} or {@link #close}. Statements run through it are not tracked by the session,
   * and go with the session's part of the transaction.
   */
  public DSLContext dsl() {
    requireOpen("give out its DSLContext");
    return transaction.dsl();
  }

  // ---- for the package ----

  SessionTransaction transaction() {
    return transaction;
  }

  Loader loader() {
    return loader;
  }

  ThreadGuard guard() {
    return guard;
  }

  /** Flushes before a query, when autoflush is on. */
  void autoflush() {
    if (autoflush) {
      Flush.run(this);
    }
  }

  EntityState stateOf(Object entity) {
    if (entity instanceof EntityRelations) {
      // Registering attaches the state; a state of another session, or one that left, is not ours.
      return Attachments.of(entity) instanceof EntityState s
              && s.session == this
              && s.isRegistered()
          ? s
          : null;
    }
    return plainStates.get(entity);
  }

  /** The managed states, in the order they joined; a copy, as flushing adds and removes. */
  List<EntityState> states() {
    List<EntityState> live = new ArrayList<>(order.size() - leftSlots);
    for (int i = 0, n = order.size(); i < n; i++) {
      EntityState s = stateAt(i);
      if (s != null) {
        live.add(s);
      }
    }
    return live;
  }

  /**
   * Whether {@code test} holds for every managed state, asked in join order without copying them;
   * stops at the first state it fails for.
   */
  boolean allStates(Predicate<EntityState> test) {
    for (int i = 0; i < order.size(); i++) {
      EntityState s = stateAt(i);
      if (s != null && !test.test(s)) {
        return false;
      }
    }
    return true;
  }

  /** The state at {@code i} of the join order, or null for a slot that a state has left. */
  private EntityState stateAt(int i) {
    EntityState s = order.get(i);
    return s.isRegistered() && s.orderIndex() == i ? s : null;
  }

  /** How many states the session manages. */
  int stateCount() {
    return order.size() - leftSlots;
  }

  void register(EntityState state) {
    if (!state.isRegistered()) {
      state.registered(order.size());
      order.add(state);
    }
    if (!(state.entity instanceof EntityRelations)) {
      plainStates.put(state.entity, state);
    }
    Attachments.attach(state.entity, state);
  }

  void unregister(EntityState state) {
    if (state.isRegistered()) {
      state.unregistered();
      leftSlots++;
      if (leftSlots > 64 && leftSlots > order.size() / 2) {
        List<EntityState> live = states();
        order.clear();
        leftSlots = 0;
        for (EntityState s : live) {
          s.movedTo(order.size());
          order.add(s);
        }
      }
    }
    if (!(state.entity instanceof EntityRelations)) {
      plainStates.remove(state.entity);
    }
    if (state.key != null) {
      identityMap.remove(state);
    }
  }

  /** A flush succeeded; its journal is kept until the commit. */
  void flushed(Journal journal) {
    transaction.flushed(journal);
  }

  /**
   * The save-update cascade of a link that the application made from a side of {@code owner}: the
   * targets that are in no session yet join this one, with what they reach, as {@link #add} does.
   * Nothing happens once the session is closed, or while it puts links back itself.
   */
  void cascadeLinked(EntityState owner, Collection<?> targets) {
    if (!open || restoring > 0 || transaction.lost() != null || stateOf(owner.entity) != owner) {
      return;
    }
    List<Object> newcomers = null;
    for (Object t : targets) {
      if (stateOf(t) == null) {
        if (newcomers == null) {
          newcomers = new ArrayList<>();
        }
        newcomers.add(t);
      }
    }
    if (newcomers != null) {
      Cascades.saveUpdate(this, newcomers, true);
    }
  }

  /** Runs {@code undo}, which puts links back as they were, without cascading them. */
  void restore(Runnable undo) {
    restoring++;
    try {
      undo.run();
    } finally {
      restoring--;
    }
  }

  /** Loads an unloaded relationship of a managed object, on its first access. */
  void loadRelationship(EntityState state, Relationship<?, ?> relationship) {
    boolean entered = guard.enter("load a relationship");
    try {
      loadRelationshipNow(state, relationship);
    } finally {
      guard.exit(entered);
    }
  }

  private void loadRelationshipNow(EntityState state, Relationship<?, ?> relationship) {
    if (!open) {
      throw new DetachedInstanceException(
          "Cannot load "
              + relationship
              + " of "
              + state.describe()
              + ": its session is closed. Access it while the session is open, or add the object"
              + " to an open session first");
    }
    loader.load(state, relationship);
  }

  void requireOpen(String operation) {
    if (!open) {
      throw new SessionClosedException("Cannot " + operation + ": the session is closed");
    }
    if (transaction.lost() != null) {
      throw new ConnectionLostException(
          "Cannot " + operation + ": the session's connection broke; close it and use a new one",
          transaction.lost());
    }
  }
}
