package org.relata.runtime;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityAttachment;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * What a session knows about one object it manages: where it is in its life, the column values that
 * the database holds, which relationships are still unloaded, and what each loaded scalar
 * relationship referred to at the last clean point.
 *
 * <p>It owns its transitions: the session, the flush and the loader change it only through the
 * methods under "transitions" below, each named for what happened and checking that it may happen
 * now; the fields they write are read elsewhere, never written. A flush's transitions are
 * journaled, so that a rollback puts the state back.
 *
 * <p>It is the object's {@link EntityAttachment}, so the generated accessors ask it whether a
 * relationship must be loaded, and it asks its session to load it.
 */
final class EntityState implements EntityAttachment {
  /** Where the object is in its life. */
  enum Status {
    /** Added, not yet inserted. */
    PENDING,
    /** Its row exists in the database (at least inside this session's transaction). */
    PERSISTENT,
    /** Its row was deleted by a flush; the object may not come back. */
    DELETED
  }

  /** The references and unloaded flags of a type without relationships, shared. */
  private static final Object[] NONE = {};

  private static final long[] NO_BITS = {};

  final Session session;
  final Object entity;
  final EntityType<Object> type;

  /** What a flush needs to know about the type, shared by all its objects. */
  final TypePlan plan;

  private Status status;

  /**
   * {@link Session#delete} was called, or the delete cascade reached the object; the next flush
   * deletes the row.
   */
  boolean deleteRequested;

  /** The column values as the database holds them, by attribute index; null while pending. */
  Object[] snapshot;

  /** The database generated the id at INSERT. */
  private boolean idGenerated;

  /** The identity-map key; null while pending. */
  Object key;

  /** For each scalar relationship, by relationship index: what it referred to when clean. */
  final Object[] references;

  /** The object's attachment before it joined this session, to restore if joining is undone. */
  private EntityAttachment previous;

  /**
   * Relationship indexes that the database knows but memory does not yet, one bit each: a plain
   * array, as every object a load reads gets one.
   */
  private final long[] unloaded;

  /** The stamp of the last load that recorded this object as read (see {@link LoadedLinks}). */
  private int readStamp;

  /** Managed by its session now (see {@link Session#stateOf}). */
  private boolean registered;

  /** Its place in its session's join order while registered. */
  private int orderIndex;

  /** The session's {@link Session#relationshipEpoch} that {@link #expired} has caught up with. */
  private int relationshipEpoch;

  /** The session's {@link Session#columnEpoch} that {@link #columnsExpired} has caught up with. */
  private int columnEpoch;

  /**
   * Relationship indexes expired (see {@link Expiry}): loaded, but read again on their next access
   * while the session is open; null until the first expiry.
   */
  private long[] expired;

  /** The columns are expired: the next row the session reads for this object refreshes them. */
  private boolean columnsExpired;

  @SuppressWarnings("unchecked")
  EntityState(Session session, Object entity, EntityType<?> type, Status status) {
    this.session = session;
    this.entity = entity;
    this.type = (EntityType<Object>) type;
    this.plan = TypePlan.of(type);
    this.status = status;
    int relationships = type.relationships().size();
    this.references = relationships == 0 ? NONE : new Object[relationships];
    this.unloaded = relationships == 0 ? NO_BITS : new long[(relationships + 63) >>> 6];
    this.relationshipEpoch = session.relationshipEpoch;
    this.columnEpoch = session.columnEpoch;
  }

  /**
   * The state of an object just read from a row: persistent, with {@code row} as the database holds
   * it under {@code key}, and every relationship unloaded.
   */
  static EntityState read(
      Session session, Object entity, EntityType<?> type, Object[] row, Object key) {
    EntityState s = new EntityState(session, entity, type, Status.PERSISTENT);
    s.snapshot = row;
    s.key = key;
    s.markAllUnloaded();
    return s;
  }

  Status status() {
    return status;
  }

  boolean isPending() {
    return status == Status.PENDING;
  }

  boolean isPersistent() {
    return status == Status.PERSISTENT;
  }

  /** Its row was deleted by a flush; the object may not come back. */
  boolean isDeleted() {
    return status == Status.DELETED;
  }

  boolean idGenerated() {
    return idGenerated;
  }

  boolean isRegistered() {
    return registered;
  }

  int orderIndex() {
    return orderIndex;
  }

  /** The object's attachment before it joined this session. */
  EntityAttachment previous() {
    return previous;
  }

  // ---- transitions ----

  /**
   * The object joins a session, with {@code previous} the attachment it had before, which {@link
   * Cascades#leave} puts back if the joining is undone.
   */
  void joining(EntityAttachment previous) {
    this.previous = previous;
  }

  /** Its session took it in, at {@code orderIndex} of its join order. */
  void registered(int orderIndex) {
    if (registered) {
      throw new IllegalStateException(describe() + " is registered already");
    }
    registered = true;
    this.orderIndex = orderIndex;
  }

  /** Its session compacted its join order: the object is now at {@code orderIndex}. */
  void movedTo(int orderIndex) {
    this.orderIndex = orderIndex;
  }

  /** Its session let it go. */
  void unregistered() {
    registered = false;
  }

  /**
   * Whether a load stamped {@code stamp} reads this object for the first time, recording that it
   * did (see {@link LoadedLinks}).
   */
  boolean firstReadBy(int stamp) {
    if (readStamp == stamp) {
      return false;
    }
    readStamp = stamp;
    return true;
  }

  /**
   * {@link Session#delete} or the delete cascade asked for the row to go at the next flush; an
   * object whose row a flush deleted already cannot be asked again.
   */
  void requestDelete() {
    if (status == Status.DELETED) {
      throw new IllegalStateException(describe() + " was deleted already");
    }
    deleteRequested = true;
  }

  /**
   * A flush failed: it takes back the delete request that its own delete cascade made, as the next
   * flush decides the cascade again from the object graph as it then stands.
   */
  void withdrawDeleteRequest() {
    if (!deleteRequested || status == Status.DELETED) {
      throw new IllegalStateException(describe() + " has no delete request to withdraw");
    }
    deleteRequested = false;
  }

  /**
   * A flush inserted the row: the object is persistent under {@code key}, its id generated by the
   * database when {@code idGenerated}. Journaled: undone, it is pending again.
   */
  void inserted(Object key, boolean idGenerated, Journal journal) {
    if (status != Status.PENDING) {
      throw new IllegalStateException(describe() + " is not pending, so it cannot be inserted");
    }
    status = Status.PERSISTENT;
    this.key = key;
    this.idGenerated = idGenerated;
    journal.onUndo(
        () -> {
          status = Status.PENDING;
          this.key = null;
          this.idGenerated = false;
          snapshot = null;
        });
  }

  /**
   * A flush deleted the row (asked for, or an orphan the plan found). Journaled: undone, the object
   * is persistent again.
   */
  void deleted(Journal journal) {
    if (status != Status.PERSISTENT) {
      throw new IllegalStateException(describe() + " is not persistent, so its row cannot go");
    }
    status = Status.DELETED;
    journal.onUndo(() -> status = Status.PERSISTENT);
  }

  /** A flush wrote the columns: what the object holds now is what the database holds. Journaled. */
  void columnsWritten(Journal journal) {
    if (isPersistent() && isChanged()) {
      Object[] before = snapshot;
      snapshot = currentValues();
      journal.onUndo(() -> snapshot = before);
    }
  }

  /**
   * A flush set column {@code i} to NULL in the row, ahead of the row's other changes. Journaled.
   */
  void columnCleared(int i, Journal journal) {
    Object before = snapshot[i];
    snapshot[i] = null;
    journal.onUndo(() -> snapshot[i] = before);
  }

  /**
   * A flush wrote what each loaded scalar relationship refers to: that becomes its clean point.
   * Journaled.
   */
  void referencesWritten(Journal journal) {
    for (int i = 0; i < references.length; i++) {
      ScalarRelationship<Object, ?> scalar = Targets.scalar(this, i);
      if (scalar != null && !isUnloaded(i)) {
        Object before = references[i];
        Object now = SessionBridge.peek(scalar, entity);
        if (before != now) {
          int index = i;
          references[i] = now;
          journal.onUndo(() -> references[index] = before);
        }
      }
    }
  }

  /**
   * The columns were read again: {@code row} is what the database holds, and they are no longer
   * expired.
   */
  void columnsRefreshed(Object[] row) {
    snapshot = row;
    columnsExpired = false;
  }

  int indexOf(Relationship<?, ?> relationship) {
    List<? extends Relationship<?, ?>> all = type.relationships();
    for (int i = 0, n = all.size(); i < n; i++) {
      if (all.get(i) == relationship) {
        return i;
      }
    }
    throw new IllegalArgumentException(relationship + " is not a relationship of " + type);
  }

  /** Marks every relationship unloaded, as for an object just read from a row. */
  void markAllUnloaded() {
    int n = references.length;
    for (int w = 0; w < unloaded.length; w++) {
      int bits = Math.min(64, n - (w << 6));
      unloaded[w] = bits == 64 ? -1L : (1L << bits) - 1;
    }
  }

  void markLoaded(Relationship<?, ?> relationship) {
    clearUnloaded(indexOf(relationship));
  }

  /** Records what a scalar relationship refers to as the database holds it. */
  void markLoaded(Relationship<?, ?> relationship, Object reference) {
    int i = indexOf(relationship);
    clearUnloaded(i);
    references[i] = reference;
  }

  private void clearUnloaded(int i) {
    unloaded[i >>> 6] &= ~(1L << i);
    if (expired != null || relationshipEpoch != session.relationshipEpoch) {
      catchUpExpiry();
      expired[i >>> 6] &= ~(1L << i);
    }
  }

  /** Marks relationship {@code i} unloaded again, as for a many-to-one to resolve from its key. */
  void markUnloaded(int i) {
    unloaded[i >>> 6] |= 1L << i;
  }

  // ---- expiry (see Expiry) ----

  /** Applies an expiry of all relationships that the session made since this state last looked. */
  private void catchUpExpiry() {
    if (expired == null) {
      expired = new long[unloaded.length];
    }
    if (relationshipEpoch != session.relationshipEpoch) {
      relationshipEpoch = session.relationshipEpoch;
      Arrays.fill(expired, -1L);
    }
  }

  /**
   * Expires relationship {@code i}: it is read again on its next access while the session is open.
   */
  void expire(int i) {
    catchUpExpiry();
    expired[i >>> 6] |= 1L << i;
  }

  /** Expires the columns: the next row the session reads for this object refreshes them. */
  void expireColumns() {
    columnEpoch = session.columnEpoch;
    columnsExpired = true;
  }

  /** Whether the columns are expired, and the next row read for this object refreshes them. */
  boolean columnsExpired() {
    if (columnEpoch != session.columnEpoch) {
      columnEpoch = session.columnEpoch;
      columnsExpired = true;
    }
    return columnsExpired && status == Status.PERSISTENT;
  }

  /**
   * Whether relationship {@code i} is expired and due to be read again: only while the session is
   * open (a closed one leaves memory as it was), and never over a change to a scalar made since the
   * last flush, which wins, as a value set after an expiry wins in SQLAlchemy.
   */
  boolean isExpired(int i) {
    if (expired == null && relationshipEpoch == session.relationshipEpoch) {
      return false;
    }
    catchUpExpiry();
    if ((expired[i >>> 6] & 1L << i) == 0 || status != Status.PERSISTENT || !session.isOpen()) {
      return false;
    }
    if (type.relationships().get(i) instanceof ScalarRelationship<Object, ?> scalar
        && !isUnloaded(i)
        && SessionBridge.peek(scalar, entity) != references[i]) {
      expired[i >>> 6] &= ~(1L << i);
      return false;
    }
    return true;
  }

  /** Whether relationship {@code i} must be read before it is used: unloaded, or expired. */
  boolean needsLoad(int i) {
    return isUnloaded(i) || isExpired(i);
  }

  boolean isUnloaded(int relationshipIndex) {
    return (unloaded[relationshipIndex >>> 6] & 1L << relationshipIndex) != 0;
  }

  /**
   * Copies what a closed session knew about an object without relationships, when it comes back.
   */
  void copyFrom(DetachedPlainObjects.Known plain) {
    snapshot = plain.snapshot() == null ? null : plain.snapshot().clone();
    key = plain.key();
  }

  /** Copies what another session knew about the same object, when a detached object comes back. */
  void copyFrom(EntityState other) {
    snapshot = other.snapshot == null ? null : other.snapshot.clone();
    key = other.key;
    System.arraycopy(other.references, 0, references, 0, references.length);
    System.arraycopy(other.unloaded, 0, unloaded, 0, unloaded.length);
  }

  /** The current column values, by attribute index. */
  Object[] currentValues() {
    List<Attribute<Object, ?>> attributes = type.attributes();
    Object[] values = new Object[attributes.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = attributes.get(i).get(entity);
    }
    return values;
  }

  /** Whether any column differs from what the database holds; allocates nothing. */
  boolean isChanged() {
    if (snapshot == null) {
      return true;
    }
    List<Attribute<Object, ?>> attributes = type.attributes();
    for (int i = 0, n = attributes.size(); i < n; i++) {
      if (!Objects.deepEquals(snapshot[i], attributes.get(i).get(entity))) {
        return true;
      }
    }
    return false;
  }

  /** Whether column {@code i} differs from what the database holds. */
  boolean isChanged(int i, Object current) {
    return snapshot == null || !Objects.deepEquals(snapshot[i], current);
  }

  String describe() {
    return type.javaType().getSimpleName() + (key == null ? " (new)" : " " + key);
  }

  // ---- EntityAttachment ----

  @Override
  public boolean isUnloaded(Relationship<?, ?> relationship) {
    return needsLoad(indexOf(relationship));
  }

  @Override
  public void load(Relationship<?, ?> relationship, Object owner) {
    session.loadRelationship(this, relationship);
  }

  @Override
  public void linked(Relationship<?, ?> relationship, Object owner, Collection<?> targets) {
    session.cascadeLinked(this, targets);
  }

  @Override
  public String toString() {
    return describe() + " " + status;
  }
}
