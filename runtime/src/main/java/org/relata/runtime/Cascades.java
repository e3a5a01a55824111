package org.relata.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relata.Cascade;
import org.relata.runtime.meta.Attachments;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityAttachment;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;

/** Walks relationships that cascade {@code SAVE_UPDATE} or {@code DELETE}. */
final class Cascades {
  private Cascades() {}

  /**
   * Brings {@code roots}, and everything they reach along {@code SAVE_UPDATE} relationships, into
   * the session. With {@code full}, every element of a loaded collection is walked, as {@code
   * add} must; otherwise only elements linked since the last flush, which is all that a flush can
   * find new.
   */
  static void saveUpdate(Session session, Collection<?> roots, boolean full) {
    Deque<EntityState> work = new ArrayDeque<>();
    for (Object root : roots) {
      EntityState s = session.stateOf(root);
      if (s == null) {
        s = join(session, root);
      }
      work.add(s);
    }
    Set<EntityState> visited = new HashSet<>();
    while (!work.isEmpty()) {
      EntityState s = work.poll();
      if (!visited.add(s) || s.deleteRequested) {
        continue;
      }
      List<Relationship<Object, ?>> relationships = s.type.relationships();
      for (int i = 0; i < relationships.size(); i++) {
        Relationship<Object, ?> r = relationships.get(i);
        if (r.viewonly() || !r.cascades(Cascade.SAVE_UPDATE) || s.isUnloaded(i)) {
          continue;
        }
        for (Object target : reached(r, s, full)) {
          EntityState t = session.stateOf(target);
          if (t == null) {
            work.add(join(session, target));
          } else if (full || t.isPending()) {
            work.add(t);
          }
        }
      }
    }
  }

  private static Collection<?> reached(Relationship<Object, ?> r, EntityState s, boolean full) {
    if (r instanceof ScalarRelationship<Object, ?> scalar) {
      Object target = scalar.peek(s.entity);
      return target == null ? List.of() : List.of(target);
    }
    RelationCollection<?> c = ((CollectionRelationship<Object, ?>) r).trackedIfPresent(s.entity);
    if (c == null) {
      return List.of();
    }
    return full || s.isPending() ? new ArrayList<>(c) : c.added();
  }

  /** Makes a new state for an object the session does not manage yet, checking it may join. */
  private static EntityState join(Session session, Object entity) {
    EntityType<?> type = EntityType.of(entity.getClass());
    EntityAttachment a = Attachments.of(entity);
    EntityState state;
    if (a instanceof EntityState other
        && (other.status == EntityState.Status.DELETED || other.deleteRequested)) {
      throw new ObjectStateException(
          other.describe() + " was deleted and cannot be added again; create a new object");
    }
    if (a instanceof EntityState other && other.session != session) {
      if (other.session.isOpen()) {
        throw new ObjectStateException(
            other.describe() + " belongs to another open session; close that session first, or"
                + " load the object in this one");
      }
      state = new EntityState(session, entity, type, other.status);
      state.copyFrom(other);
      if (state.isPersistent()) {
        EntityState existing = session.identityMap.get(type.javaType(), state.key);
        if (existing != null) {
          throw new ObjectStateException(
              "This session already holds another instance for " + state.describe()
                  + "; one row maps to one object in a session");
        }
        session.identityMap.put(state);
      }
    } else {
      state = new EntityState(session, entity, type, EntityState.Status.PENDING);
    }
    session.register(state);
    return state;
  }

  /**
   * {@code root} and everything it owns along {@code DELETE} cascades, loading them unless the
   * relationship has {@code passiveDeletes}; owners come before what they own.
   */
  static Set<EntityState> delete(Session session, EntityState root) {
    Set<EntityState> result = new LinkedHashSet<>();
    Deque<EntityState> work = new ArrayDeque<>();
    work.add(root);
    while (!work.isEmpty()) {
      EntityState s = work.poll();
      if (!result.add(s)) {
        continue;
      }
      List<Relationship<Object, ?>> relationships = s.type.relationships();
      for (int i = 0; i < relationships.size(); i++) {
        Relationship<Object, ?> r = relationships.get(i);
        if (r.viewonly() || !r.cascades(Cascade.DELETE)) {
          continue;
        }
        if (r.passiveDeletes() && s.isUnloaded(i)) {
          continue; // The database's ON DELETE CASCADE takes care of rows memory never saw.
        }
        for (Object target : owned(r, s)) {
          EntityState t = session.stateOf(target);
          if (t != null && t.status != EntityState.Status.DELETED) {
            work.add(t);
          }
        }
      }
    }
    return result;
  }

  private static Collection<?> owned(Relationship<Object, ?> r, EntityState s) {
    if (r instanceof ScalarRelationship<Object, ?> scalar) {
      Object target = scalar.get(s.entity);
      return target == null ? List.of() : List.of(target);
    }
    CollectionRelationship<Object, ?> c = (CollectionRelationship<Object, ?>) r;
    return new ArrayList<>(c.collection(s.entity));
  }
}
