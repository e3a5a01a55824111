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
import org.relata.runtime.meta.EntityAttachment;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Relationship;

/** Walks relationships that cascade {@code SAVE_UPDATE} or {@code DELETE}. */
final class Cascades {
  private Cascades() {}

  /**
   * Brings {@code roots}, and everything they reach along {@code SAVE_UPDATE} relationships, into
   * the session. With {@code full}, every element of a loaded collection is walked, as {@code add}
   * must; otherwise only elements linked since the last flush, which is all that a flush can find
   * new. All or nothing: when it fails, the objects that joined leave again.
   *
   * @return the states of the objects that joined the session
   */
  static List<EntityState> saveUpdate(Session session, Collection<?> roots, boolean full) {
    List<EntityState> joined = new ArrayList<>();
    try {
      walk(session, roots, full, joined);
    } catch (RuntimeException e) {
      leave(session, joined);
      throw e;
    }
    return joined;
  }

  /**
   * Checks, before a flush writes anything, that each object that a managed one newly reaches is
   * managed too. The save-update cascade ran when the link was made from the cascading side, so an
   * object in no session here was linked only from the other side (SQLAlchemy 2.0 removed {@code
   * cascade_backrefs}), or along a relationship without {@code SAVE_UPDATE}. Flushing without it
   * would lose it silently, so the flush refuses. Links queued on unloaded collections count.
   */
  static void requireReachedManaged(
      Session session, List<EntityState> states, FlushPlan.CollectionChanges changes) {
    for (EntityState s : states) {
      if (s.deleteRequested || s.isDeleted()) {
        continue;
      }
      List<Relationship<Object, ?>> relationships = s.type.relationships();
      for (int i = 0, n = relationships.size(); i < n; i++) {
        Relationship<Object, ?> r = relationships.get(i);
        if (!r.viewonly()) {
          for (Object target : Targets.reached(s, i, false, changes)) {
            requireManaged(session, s, r, target);
          }
        }
      }
    }
  }

  /**
   * Refuses a {@code target} of {@code owner} that the session does not manage, or that is gone.
   */
  static EntityState requireManaged(
      Session session, EntityState owner, Relationship<?, ?> r, Object target) {
    EntityState t = session.stateOf(target);
    if (t != null && !t.isDeleted()) {
      return t;
    }
    String what = target.getClass().getSimpleName();
    if (t == null
        && Attachments.of(target) instanceof EntityState other
        && other.session.isOpen()) {
      throw new ObjectStateException(
          owner.describe()
              + " references "
              + other.describe()
              + " through "
              + r
              + ", which belongs to another open session; close that session first, or load"
              + " the object in this one");
    }
    if (t != null) {
      throw new ObjectStateException(
          owner.describe()
              + " references "
              + t.describe()
              + " through "
              + r
              + ", which was deleted; remove it from "
              + r
              + " or give it a new object");
    }
    String why;
    if (!r.cascades(Cascade.SAVE_UPDATE)) {
      why = r + " does not cascade SAVE_UPDATE";
    } else if (r.reverse() != null) {
      why =
          "the link was made from the other side, "
              + r.reverse()
              + ", and a change made from that side does not bring its object into the session"
              + " (as in SQLAlchemy 2.0)";
    } else {
      why = "it was linked while " + owner.describe() + " was in no session";
    }
    throw new ObjectStateException(
        owner.describe()
            + " references "
            + target
            + " (a "
            + what
            + ") through "
            + r
            + ", but that "
            + what
            + " is in no session, so it would not be saved: "
            + why
            + ". Add it with session.add(...) before flushing");
  }

  /** Takes objects that joined the session back out, as they were before they joined. */
  static void leave(Session session, List<EntityState> joined) {
    for (EntityState s : joined) {
      session.unregister(s);
      Attachments.attach(s.entity, s.previous());
    }
  }

  private static void walk(
      Session session, Collection<?> roots, boolean full, List<EntityState> joined) {
    Deque<EntityState> work = new ArrayDeque<>();
    for (Object root : roots) {
      EntityState s = session.stateOf(root);
      if (s == null) {
        s = join(session, root, joined);
      }
      work.add(s);
    }
    walk(session, work, full, null, joined);
  }

  private static void walk(
      Session session,
      Deque<EntityState> work,
      boolean full,
      FlushPlan.CollectionChanges changes,
      List<EntityState> joined) {
    Set<EntityState> visited = new HashSet<>(); // a cycle of relationships reaches each object once
    while (!work.isEmpty()) {
      EntityState s = work.poll();
      if (!visited.add(s) || s.deleteRequested && full) {
        continue;
      }
      List<Relationship<Object, ?>> relationships = s.type.relationships();
      for (int i : s.plan.saveUpdate) {
        Relationship<Object, ?> r = relationships.get(i);
        if (s.isUnloaded(i) || s.deleteRequested && r.cascades(Cascade.DELETE)) {
          // A new object linked to a parent about to be deleted: with a DELETE cascade it goes
          // with the parent, so it is never inserted; without one it is inserted with no parent.
          continue;
        }
        for (Object target : Targets.reached(s, i, full, changes)) {
          EntityState t = session.stateOf(target);
          if (t == null) {
            work.add(join(session, target, joined));
          } else if (full || t.isPending()) {
            work.add(t);
          }
        }
      }
    }
  }

  /** Makes a new state for an object the session does not manage yet, checking it may join. */
  private static EntityState join(Session session, Object entity, List<EntityState> joined) {
    EntityType<?> type = EntityType.of(entity.getClass());
    EntityAttachment a = Attachments.of(entity);
    EntityState state;
    // A deletion that a closed session never committed did not happen: that object may come back.
    if (a instanceof EntityState other && other.isDeleted()) {
      throw new ObjectStateException(
          other.describe() + " was deleted and cannot be added again; create a new object");
    }
    DetachedPlainObjects.Known plain = detachedPlain(entity);
    if (plain != null) {
      if (plain.status() == EntityState.Status.DELETED) {
        throw new ObjectStateException(
            type.javaType().getSimpleName()
                + " "
                + plain.key()
                + " was deleted and cannot be added again; create a new object");
      }
      state = new EntityState(session, entity, type, plain.status());
      state.copyFrom(plain);
      requireNoOtherInstance(session, state);
    } else if (a instanceof EntityState other && other.session != session) {
      if (other.session.isOpen()) {
        throw new ObjectStateException(
            other.describe()
                + " belongs to another open session; close that session first, or"
                + " load the object in this one");
      }
      state = new EntityState(session, entity, type, other.status());
      state.copyFrom(other);
      requireNoOtherInstance(session, state);
    } else {
      state = new EntityState(session, entity, type, EntityState.Status.PENDING);
    }
    state.joining(a);
    session.register(state);
    joined.add(state);
    return state;
  }

  /** A persistent state that joins: no other instance may stand for its row in the session. */
  private static void requireNoOtherInstance(Session session, EntityState state) {
    if (state.isPersistent()) {
      EntityState existing = session.identityMap.get(state.type.javaType(), state.key);
      if (existing != null) {
        throw new ObjectStateException(
            "This session already holds another instance for "
                + state.describe()
                + "; one row maps to one object in a session");
      }
      session.identityMap.put(state);
    }
  }

  /**
   * What a closed session knew about {@code entity} when it has no relationships (and so no
   * attachment to remember it by), or null.
   */
  static DetachedPlainObjects.Known detachedPlain(Object entity) {
    return entity instanceof EntityRelations ? null : DetachedPlainObjects.recall(entity);
  }

  /**
   * Follows the {@code DELETE} cascades again from every object whose deletion was requested, as
   * the object graph stands at this flush, so that what was linked to it after {@link
   * Session#delete} goes with it, as SQLAlchemy decides the delete cascade at flush time
   * (test_cascade.py, M2OCascadeDeleteNoOrphanTest.test_cascade_delete_postappend_onelevel). Flags
   * and returns the objects this adds.
   */
  static List<EntityState> deletesSinceRequested(Session session, List<EntityState> states) {
    List<EntityState> requested = new ArrayList<>();
    for (EntityState s : states) {
      if (s.deleteRequested && !s.isDeleted()) {
        requested.add(s);
      }
    }
    if (requested.isEmpty()) {
      return List.of();
    }
    List<EntityState> added = new ArrayList<>();
    for (EntityState root : requested) {
      for (EntityState s : delete(session, root)) {
        if (!s.deleteRequested && !s.isDeleted()) {
          s.requestDelete();
          added.add(s);
        }
      }
    }
    return added;
  }

  /**
   * {@code root} and everything it owns along {@code DELETE} cascades, loading them unless the
   * relationship has {@code passiveDeletes}; owners come before what they own.
   */
  static Set<EntityState> delete(Session session, EntityState root) {
    Set<EntityState> result = new LinkedHashSet<>(); // also what stops a cycle of DELETE cascades
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
        for (Object target : Targets.loading(s, i)) {
          EntityState t = session.stateOf(target);
          if (t != null && !t.isDeleted()) {
            work.add(t);
          }
        }
      }
    }
    return result;
  }
}
