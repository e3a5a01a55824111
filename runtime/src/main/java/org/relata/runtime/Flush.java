package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relata.runtime.meta.Attachments;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * One flush from start to end: plan, write inside a nested transaction of the session's own (a
 * savepoint, begun through the jOOQ {@code TransactionProvider}), and only then move the session's
 * clean points forward. On failure its rollback and the {@link Journal} put the database and every
 * object back, so that the same changes are still pending. The journal of a flush that succeeded
 * stays with the session until the commit, in case the transaction rolls back.
 */
final class Flush {
  private Flush() {}

  static void run(Session session) {
    if (session.allStates(FlushPlan::givesNothing)) {
      return; // what an autoflush before a query most often finds
    }
    FlushPlan plan = FlushPlan.build(session);
    if (plan.writesNothing()) {
      return;
    }
    SessionTransaction transaction = session.transaction();
    Journal journal = new Journal();
    TransactionScope part;
    try {
      part = transaction.beginFlush();
    } catch (RuntimeException e) {
      plan.withdrawCascadedDeletes();
      throw transaction.rolledBackWhole("Could not start the flush", e);
    }
    FlushWriter writer = new FlushWriter(plan, journal);
    try {
      writer.write();
    } catch (RuntimeException e) {
      session.restore(journal::undo);
      plan.withdrawCascadedDeletes();
      try {
        transaction.rollBackFlush(part);
      } catch (RuntimeException rollback) {
        // The connection broke, or the transaction can no longer go back to the savepoint.
        e.addSuppressed(rollback);
        throw transaction.rolledBackWhole("The flush failed", e);
      }
      if (e instanceof RelataException relata) {
        throw relata;
      }
      throw new FlushException(
          "Flush failed and was rolled back; the session still holds its pending changes: "
              + e.getMessage(),
          e);
    }
    try {
      transaction.commitFlush(part);
    } catch (RuntimeException e) {
      session.restore(journal::undo);
      plan.withdrawCascadedDeletes();
      throw transaction.rolledBackWhole("The flush could not end", e);
    }
    advance(session, plan, writer, journal);
    session.flushed(journal);
  }

  /**
   * The flush succeeded: what memory holds is now what the database holds. Each step is journaled,
   * so that a rollback of the transaction can make the changes pending again.
   */
  private static void advance(
      Session session, FlushPlan plan, FlushWriter writer, Journal journal) {
    Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<EntityType<?>, Set<Object>> deletedKeys = new HashMap<>();
    for (EntityState s : plan.deletes) {
      deleted.add(s.entity);
      session.unregister(s);
      if (s.isPersistent()) {
        deletedKeys.computeIfAbsent(s.type, t -> new HashSet<>()).add(s.key);
        s.deleted(journal);
        if (!(s.entity instanceof EntityRelations)) {
          DetachedPlainObjects.remember(s); // it has no attachment to say it was deleted
        }
        journal.onUndo(
            () -> {
              session.register(s);
              session.identityMap.put(s);
            });
      } else {
        // A pending object that never reached the database leaves for good: its deletion (or
        // its removal from the collection that owned it) was the application's own change.
        Attachments.attach(s.entity, null);
      }
    }
    for (EntityState s : writer.inserted) {
      s.inserted(Keys.of(s.type, s.entity), writer.generated.contains(s), journal);
      session.identityMap.put(s);
      // Undone newest first: out of the identity map while the state still has its key.
      journal.onUndo(() -> session.identityMap.remove(s));
      Expiry.resolveKeys(s, journal);
    }
    for (EntityState s : plan.changed) {
      if (s.isPersistent()) {
        Expiry.resolveKeys(s, journal);
      }
    }
    if (!deleted.isEmpty()) {
      for (EntityState s : session.states()) {
        forget(session, s, deleted, deletedKeys, journal);
        s.columnsWritten(journal);
        markClean(s, journal, null);
      }
      return;
    }
    // Nothing was deleted, so nothing was forgotten or loaded since the plan: the session holds
    // the plan's states, and only the rows the flush wrote can differ from their snapshots.
    for (EntityState s : plan.changed) {
      s.columnsWritten(journal);
    }
    for (EntityState s : writer.inserted) {
      s.columnsWritten(journal);
    }
    for (EntityState s : plan.states) {
      markClean(s, journal, plan.collections);
    }
  }

  /**
   * Drops references from {@code s} to deleted objects, as their rows and links are gone;
   * journaled, so that a rolled-back transaction finds the references where they were.
   */
  @SuppressWarnings("unchecked")
  private static void forget(
      Session session,
      EntityState s,
      Set<Object> deleted,
      Map<EntityType<?>, Set<Object>> deletedKeys,
      Journal journal) {
    for (int i = 0, n = s.type.relationships().size(); i < n; i++) {
      ScalarRelationship<Object, ?> scalar = Targets.scalar(s, i);
      if (scalar != null) {
        Object gone = s.isUnloaded(i) ? null : SessionBridge.peek(scalar, s.entity);
        if (deleted.contains(gone)) {
          ScalarRelationship<Object, Object> raw = (ScalarRelationship<Object, Object>) scalar;
          SessionBridge.setLoaded(raw, s.entity, null);
          journal.onUndo(
              () -> {
                if (SessionBridge.peek(raw, s.entity) == null) {
                  SessionBridge.setLoaded(raw, s.entity, gone);
                }
              });
        }
      } else {
        RelationCollection<?> c = Targets.collection(s, i);
        if (c != null) {
          forget(session, c, deleted, journal);
        }
      }
    }
    for (Attribute<Object, ?> a : s.type.attributes()) {
      if (a.isForeignKey() && !a.isId()) {
        Set<Object> gone = deletedKeys.get(a.referencedType());
        if (gone != null && gone.contains(a.get(s.entity))) {
          journal.set(a, s.entity, null);
        }
      }
    }
  }

  /** Removes deleted objects from a collection, remembering where they stood. */
  private static <T> void forget(
      Session session, RelationCollection<T> c, Set<Object> deleted, Journal journal) {
    List<Integer> positions = new ArrayList<>();
    List<T> removed = new ArrayList<>();
    int i = 0;
    for (T t : c) {
      if (deleted.contains(t)) {
        positions.add(i);
        removed.add(t);
      }
      i++;
    }
    if (removed.isEmpty()) {
      return;
    }
    c.removeIf(deleted::contains);
    journal.onUndo(() -> session.restore(() -> putBack(c, removed, positions)));
  }

  /**
   * Puts {@code removed} back where they were, mirroring onto the other side as the removal did;
   * the session does not cascade these links, as their objects come back with their own undo.
   */
  private static <T> void putBack(
      RelationCollection<T> c, List<T> removed, List<Integer> positions) {
    for (int k = 0; k < removed.size(); k++) {
      T t = removed.get(k);
      if (!c.contains(t)) {
        if (c instanceof List<T> list && positions.get(k) <= list.size()) {
          list.add(positions.get(k), t);
        } else {
          c.add(t);
        }
      }
    }
  }

  /**
   * Moves the clean points of {@code s}'s relationships forward. {@code changes} holds what the
   * plan found the collections added and removed, or is null when they may have changed since.
   */
  private static void markClean(
      EntityState s, Journal journal, FlushPlan.CollectionChanges changes) {
    s.referencesWritten(journal);
    for (int i = 0, n = s.type.relationships().size(); i < n; i++) {
      // An unloaded collection may hold links made in memory, now written; mark them too.
      RelationCollection<?> c = Targets.collection(s, i);
      if (c != null) {
        markClean(c, journal, changes);
      }
    }
  }

  private static <T> void markClean(
      RelationCollection<T> c, Journal journal, FlushPlan.CollectionChanges changes) {
    List<T> added = changes == null ? SessionBridge.added(c) : changes.added(c);
    List<T> removed = changes == null ? SessionBridge.removed(c) : changes.removed(c);
    if (added.isEmpty() && removed.isEmpty() && SessionBridge.discarded(c).isEmpty()) {
      return; // Already in step with the database; marking it clean would rebuild its index.
    }
    SessionBridge.markClean(c);
    if (!added.isEmpty() || !removed.isEmpty()) {
      journal.onUndo(() -> SessionBridge.restoreDirty(c, added, removed));
    }
  }
}
