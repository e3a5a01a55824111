package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * What one relationship of a managed object refers to: the one place in the flush and its cascades
 * that tells a scalar side from a collection, so that the {@link DirectionRules} and {@link
 * Cascades} read both alike.
 */
final class Targets {
  private Targets() {}

  /** What a relationship linked and unlinked since its last clean point. */
  record Change(List<?> added, List<?> removed) {
    static final Change NONE = new Change(List.of(), List.of());

    boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty();
    }
  }

  /**
   * What relationship {@code i} of {@code s} linked and unlinked since its last clean point,
   * without loading: a scalar's reference against the one it had when clean (none while pending), a
   * collection's changes as {@code changes} found them.
   */
  static Change sinceClean(EntityState s, int i, FlushPlan.CollectionChanges changes) {
    Relationship<Object, ?> r = s.type.relationships().get(i);
    if (r instanceof ScalarRelationship<Object, ?> scalar) {
      Object now = SessionBridge.peek(scalar, s.entity);
      Object before = s.isPending() ? null : s.references[i];
      if (now == before) {
        return Change.NONE;
      }
      return new Change(
          now == null ? List.of() : List.of(now), before == null ? List.of() : List.of(before));
    }
    RelationCollection<?> c = collection(s, i);
    return c == null ? Change.NONE : new Change(changes.added(c), changes.removed(c));
  }

  /**
   * What relationship {@code i} of {@code s} held at its last clean point and holds now, without
   * loading; a scalar's missing reference is a null element.
   */
  static List<Object> cleanAndCurrent(EntityState s, int i) {
    Relationship<Object, ?> r = s.type.relationships().get(i);
    List<Object> all = new ArrayList<>();
    if (r instanceof ScalarRelationship<Object, ?> scalar) {
      all.add(s.references[i]);
      all.add(SessionBridge.peek(scalar, s.entity));
      return all;
    }
    RelationCollection<?> c = collection(s, i);
    if (c != null) {
      all.addAll(SessionBridge.cleanElements(c));
      all.addAll(c);
    }
    return all;
  }

  /**
   * What relationship {@code i} of {@code s} newly reaches, without loading: a loaded scalar's
   * reference; every element of a pending owner's collection, or, with {@code full}, of any loaded
   * collection together with what it let go since the last flush; otherwise only the elements
   * linked since the last flush, which is all that a flush can find new. Links queued on an
   * unloaded collection count.
   */
  static Collection<?> reached(
      EntityState s, int i, boolean full, FlushPlan.CollectionChanges changes) {
    Relationship<Object, ?> r = s.type.relationships().get(i);
    if (r instanceof ScalarRelationship<Object, ?> scalar) {
      Object target = s.isUnloaded(i) ? null : SessionBridge.peek(scalar, s.entity);
      return target == null ? List.of() : List.of(target);
    }
    RelationCollection<?> c = collection(s, i);
    if (c == null) {
      return List.of();
    }
    if (full || s.isPending()) {
      // What was taken out since the last flush comes too: the flush must free it, or delete it
      // as an orphan, so it must be in the session (test_save_update_sends_pending).
      List<Object> reached = new ArrayList<>(c);
      if (full && !s.isPending()) {
        reached.addAll(SessionBridge.removed(c));
      }
      return reached;
    }
    return changes == null ? SessionBridge.added(c) : changes.added(c);
  }

  /** What relationship {@code i} of {@code s} refers to, loading it first if it must be. */
  static Collection<?> loading(EntityState s, int i) {
    Relationship<Object, ?> r = s.type.relationships().get(i);
    if (r instanceof ScalarRelationship<Object, ?> scalar) {
      Object target = scalar.get(s.entity);
      return target == null ? List.of() : List.of(target);
    }
    return new ArrayList<>(((CollectionRelationship<Object, ?>) r).collection(s.entity));
  }

  /**
   * The live collection of relationship {@code i} of {@code s} when it is a collection that the
   * owner's field holds, else null (a scalar, or a collection never touched); never loads.
   */
  static RelationCollection<?> collection(EntityState s, int i) {
    return s.type.relationships().get(i) instanceof CollectionRelationship<Object, ?> c
        ? SessionBridge.trackedIfPresent(c, s.entity)
        : null;
  }

  /** The scalar side that relationship {@code i} of {@code s} is, or null for a collection. */
  static ScalarRelationship<Object, ?> scalar(EntityState s, int i) {
    return s.type.relationships().get(i) instanceof ScalarRelationship<Object, ?> scalar
        ? scalar
        : null;
  }
}
