package org.relata.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relata.runtime.meta.Attachments;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;

/**
 * One flush from start to end: plan, write inside a savepoint, and only then move the session's
 * clean points forward. On failure the savepoint and the {@link Journal} put the database and
 * every object back, so that the same changes are still pending.
 */
final class Flush {
  private Flush() {}

  static void run(Session session) {
    FlushPlan plan = FlushPlan.build(session);
    if (plan.writesNothing()) {
      return;
    }
    Connection connection = session.connection();
    Journal journal = new Journal();
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw new FlushException("Could not start the flush: " + e.getMessage(), e);
    }
    FlushWriter writer = new FlushWriter(plan, journal);
    try {
      writer.write();
    } catch (RuntimeException e) {
      journal.undo();
      try {
        connection.rollback(savepoint);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
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
      connection.releaseSavepoint(savepoint);
    } catch (SQLException ignored) {
      // Some drivers release savepoints only at commit; keeping it is harmless.
    }
    advance(session, plan, writer);
  }

  /** The flush succeeded: what memory holds is now what the database holds. */
  private static void advance(Session session, FlushPlan plan, FlushWriter writer) {
    Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<EntityType<?>, Set<Object>> deletedKeys = new HashMap<>();
    for (EntityState s : plan.deletes) {
      deleted.add(s.entity);
      session.unregister(s);
      if (s.isPersistent()) {
        deletedKeys.computeIfAbsent(s.type, t -> new HashSet<>()).add(s.key);
        s.status = EntityState.Status.DELETED;
      } else {
        Attachments.attach(s.entity, null); // A pending object that never reached the database.
      }
    }
    for (EntityState s : writer.inserted) {
      s.status = EntityState.Status.PERSISTENT;
      s.key = Keys.of(s.type, s.entity);
      s.idGenerated = writer.generated.contains(s);
      session.identityMap.put(s);
      session.noteInserted(s);
    }
    for (EntityState s : session.states()) {
      if (!deleted.isEmpty()) {
        forget(s, deleted, deletedKeys);
      }
      markClean(s);
    }
  }

  /** Drops references from {@code s} to deleted objects, as their rows and links are gone. */
  @SuppressWarnings("unchecked")
  private static void forget(EntityState s, Set<Object> deleted, Map<EntityType<?>, Set<Object>> deletedKeys) {
    List<Relationship<Object, ?>> relationships = s.type.relationships();
    for (int i = 0; i < relationships.size(); i++) {
      Relationship<Object, ?> r = relationships.get(i);
      if (s.isUnloaded(i) && r instanceof ScalarRelationship<?, ?>) {
        continue;
      }
      if (r instanceof ScalarRelationship<Object, ?> scalar) {
        if (deleted.contains(scalar.peek(s.entity))) {
          ((ScalarRelationship<Object, Object>) scalar).setLoaded(s.entity, null);
        }
      } else {
        RelationCollection<?> c = ((CollectionRelationship<Object, ?>) r).trackedIfPresent(s.entity);
        if (c != null) {
          c.removeIf(deleted::contains);
        }
      }
    }
    for (Attribute<Object, ?> a : s.type.attributes()) {
      if (a.isForeignKey() && !a.isId()) {
        Set<Object> gone = deletedKeys.get(a.referencedType());
        if (gone != null && gone.contains(a.get(s.entity))) {
          a.set(s.entity, null);
        }
      }
    }
  }

  private static void markClean(EntityState s) {
    if (s.isPersistent()) {
      s.snapshot = s.currentValues();
    }
    List<Relationship<Object, ?>> relationships = s.type.relationships();
    for (int i = 0; i < relationships.size(); i++) {
      if (s.isUnloaded(i)) {
        // An unloaded collection may hold links made in memory, now written.
        if (relationships.get(i) instanceof CollectionRelationship<Object, ?> c) {
          RelationCollection<?> tracked = c.trackedIfPresent(s.entity);
          if (tracked != null) {
            tracked.markClean();
          }
        }
        continue;
      }
      Relationship<Object, ?> r = relationships.get(i);
      if (r instanceof ScalarRelationship<Object, ?> scalar) {
        s.references[i] = scalar.peek(s.entity);
      } else {
        RelationCollection<?> c = ((CollectionRelationship<Object, ?>) r).trackedIfPresent(s.entity);
        if (c != null) {
          c.markClean();
        }
      }
    }
  }
}
