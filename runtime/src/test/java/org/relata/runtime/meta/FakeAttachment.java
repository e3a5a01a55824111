package org.relata.runtime.meta;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal stand-in for a session's per-object hook: it holds, per relationship, what the
 * database would return, and counts the loads. The real session is written elsewhere; these tests
 * only need the contract of {@link EntityAttachment}.
 */
final class FakeAttachment implements EntityAttachment {
  private final Map<Relationship<?, ?>, Object> database = new HashMap<>();
  int loads;

  /** Makes {@code owner} managed by a new fake whose {@code relationship} holds {@code rows}. */
  static <O, T> FakeAttachment attach(O owner, CollectionRelationship<O, T> relationship, List<T> rows) {
    FakeAttachment attachment = new FakeAttachment();
    attachment.database.put(relationship, rows);
    Attachments.attach(owner, attachment);
    return attachment;
  }

  /** Also leaves {@code relationship} of the same owner unloaded, holding {@code value}. */
  <O, T> FakeAttachment scalar(ScalarRelationship<O, T> relationship, T value) {
    database.put(relationship, value);
    return this;
  }

  @Override
  public boolean isUnloaded(Relationship<?, ?> relationship) {
    return database.containsKey(relationship);
  }

  @Override
  public void load(Relationship<?, ?> relationship, Object owner) {
    loads++;
    Object stored = database.remove(relationship);
    if (relationship instanceof CollectionRelationship<?, ?> c) {
      fill(c, owner, (Collection<?>) stored);
    } else {
      set((ScalarRelationship<?, ?>) relationship, owner, stored);
    }
  }

  @SuppressWarnings("unchecked")
  private static <O, T> void fill(CollectionRelationship<O, T> r, Object owner, Collection<?> rows) {
    r.tracked((O) owner).fillLoaded((Collection<T>) rows);
  }

  @SuppressWarnings("unchecked")
  private static <O, T> void set(ScalarRelationship<O, T> r, Object owner, Object value) {
    r.setLoaded((O) owner, (T) value);
  }
}
