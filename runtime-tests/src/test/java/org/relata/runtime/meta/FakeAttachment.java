package org.relata.runtime.meta;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A minimal stand-in for a session's per-object hook: it holds, per relationship, what the database
 * would return, and counts the loads. The real session is written elsewhere; these tests only need
 * the contract of {@link EntityAttachment}.
 */
public final class FakeAttachment implements EntityAttachment {
  private final Map<Relationship<?, ?>, Object> database = new HashMap<>();
  int loads;

  /** When set, a load it does not allow fails the test: mirroring must never load. */
  private BooleanSupplier loadAllowed;

  /** Makes {@code owner} managed by a new fake whose {@code relationship} holds {@code rows}. */
  public static <O, T> FakeAttachment attach(
      O owner, CollectionRelationship<O, T> relationship, List<T> rows) {
    FakeAttachment attachment = new FakeAttachment();
    attachment.database.put(relationship, rows);
    Attachments.attach(owner, attachment);
    attachment.owner = owner;
    return attachment;
  }

  /** Also leaves {@code relationship} of the same owner unloaded, holding {@code value}. */
  <O, T> FakeAttachment scalar(ScalarRelationship<O, T> relationship, T value) {
    database.put(relationship, value);
    return this;
  }

  /** Makes loads fail the test unless {@code allowed} says otherwise at the time. */
  public FakeAttachment guardLoads(BooleanSupplier allowed) {
    this.loadAllowed = allowed;
    return this;
  }

  /** What the database holds for a relationship still unloaded, after a flush changed it. */
  public <T> void rows(CollectionRelationship<?, T> relationship, List<T> rows) {
    if (database.containsKey(relationship)) {
      database.put(relationship, rows);
    }
  }

  /** The owner, once a collection of it was asked about. */
  private Object owner;

  @Override
  public boolean isUnloaded(Relationship<?, ?> relationship) {
    // As a session's state does: a collection that someone filled is loaded.
    return database.containsKey(relationship)
        && !(relationship instanceof CollectionRelationship<?, ?> c && filled(c));
  }

  @SuppressWarnings("unchecked")
  private <O> boolean filled(CollectionRelationship<O, ?> c) {
    if (owner == null) {
      return false;
    }
    RelationCollection<?> rc = c.trackedIfPresent((O) owner);
    return rc != null && rc.isLoaded();
  }

  @Override
  public void load(Relationship<?, ?> relationship, Object owner) {
    if (loadAllowed != null && !loadAllowed.getAsBoolean()) {
      throw new AssertionError("mirroring loaded " + relationship + " of " + owner);
    }
    loads++;
    Object stored = database.remove(relationship);
    if (relationship instanceof CollectionRelationship<?, ?> c) {
      fill(c, owner, (Collection<?>) stored);
    } else {
      set((ScalarRelationship<?, ?>) relationship, owner, stored);
    }
  }

  @SuppressWarnings("unchecked")
  private static <O, T> void fill(
      CollectionRelationship<O, T> r, Object owner, Collection<?> rows) {
    SessionBridge.fillLoaded(r.tracked((O) owner), (Collection<T>) rows);
  }

  @SuppressWarnings("unchecked")
  private static <O, T> void set(ScalarRelationship<O, T> r, Object owner, Object value) {
    r.setLoaded((O) owner, (T) value);
  }
}
