package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relata.Cascade;
import org.relata.runtime.meta.Attachments;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityAttachment;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * One {@link Session#merge}: copies the state of objects from outside the session onto the
 * session's instances of the same rows, along relationships that cascade {@code MERGE}, as
 * SQLAlchemy's {@code Session.merge} does.
 *
 * <p>The instance of a row is the one the identity map holds, or else the one read from the
 * database, or else a new one that joins the session as pending. Every column is copied (a plain
 * field has no "never set" state, so a null is copied as null); a relationship is copied only when
 * it cascades {@code MERGE} and the source holds it (a new object's collection that was never
 * touched, or a detached object's unloaded relationship, is left alone). A collection becomes the
 * merged instances of the source's elements, in their order, with the usual mirroring: elements it
 * held before and the source does not are removed, as assigning the collection would. The sources
 * are never changed.
 */
final class Merge {
  private final Session session;

  /** Each source merged so far and its instance in the session; cycles end here. */
  private final Map<Object, Object> merged = new IdentityHashMap<>();

  /** The new instances, which join the session at the end. */
  private final List<Object> created = new ArrayList<>();

  private Merge(Session session) {
    this.session = session;
  }

  static <E> E run(Session session, E source) {
    check(session, source, Collections.newSetFromMap(new IdentityHashMap<>()));
    Merge m = new Merge(session);
    @SuppressWarnings("unchecked") // the instance of a source is of the source's class
    E result = (E) m.merge(source);
    Cascades.saveUpdate(session, m.created, true);
    return result;
  }

  private Object merge(Object source) {
    Object done = merged.get(source);
    if (done != null) {
      return done;
    }
    EntityState own = session.stateOf(source);
    if (own != null) {
      if (own.deleteRequested) {
        throw deleted(own);
      }
      merged.put(source, source);
      return source; // already this session's instance
    }
    @SuppressWarnings("unchecked")
    EntityType<Object> type = (EntityType<Object>) EntityType.of(source.getClass());
    Object key = Keys.of(type, source);
    Object dest = key == null ? null : find(type, key);
    if (dest == null) {
      dest = type.newInstance();
      created.add(dest);
    }
    merged.put(source, dest);
    Set<Attribute<?, ?>> keptKeys = keysOfUnmergedReferences(type);
    for (Attribute<Object, ?> a : type.attributes()) {
      if (!keptKeys.contains(a)) {
        a.setOn(dest, a.get(source));
      }
    }
    EntityAttachment sourceState = Attachments.of(source);
    for (Relationship<Object, ?> r : type.relationships()) {
      if (r.viewonly()
          || !r.cascades(Cascade.MERGE)
          || (sourceState != null && sourceState.isUnloaded(r))) {
        continue;
      }
      if (r instanceof ScalarRelationship<Object, ?> scalar) {
        mergeScalar(scalar, source, dest, sourceState != null);
      } else {
        mergeCollection((CollectionRelationship<Object, ?>) r, source, dest);
      }
    }
    return dest;
  }

  /**
   * Refuses, before anything changes, a merge that would reach the instance of a row deleted in
   * this session; walks what {@link #merge} walks.
   */
  private static void check(Session session, Object source, Set<Object> seen) {
    if (!seen.add(source) || session.stateOf(source) != null) {
      return;
    }
    EntityType<?> type = EntityType.of(source.getClass());
    Object key = Keys.of(type, source);
    EntityState s = key == null ? null : session.identityMap.get(type.javaType(), key);
    if (s != null && s.deleteRequested) {
      throw deleted(s);
    }
    EntityAttachment sourceState = Attachments.of(source);
    for (Relationship<?, ?> r : type.relationships()) {
      if (r.viewonly()
          || !r.cascades(Cascade.MERGE)
          || (sourceState != null && sourceState.isUnloaded(r))) {
        continue;
      }
      if (r instanceof ScalarRelationship<?, ?> scalar) {
        Object target = peek(scalar, source);
        if (target != null) {
          check(session, target, seen);
        }
      } else {
        RelationCollection<?> elements = present((CollectionRelationship<?, ?>) r, source);
        if (elements != null) {
          for (Object e : new ArrayList<>(elements)) {
            check(session, e, seen);
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <O> Object peek(ScalarRelationship<O, ?> r, Object source) {
    return SessionBridge.peek(r, (O) source);
  }

  @SuppressWarnings("unchecked")
  private static <O> RelationCollection<?> present(CollectionRelationship<O, ?> r, Object source) {
    return SessionBridge.trackedIfPresent(r, (O) source);
  }

  /** The session's instance of the row {@code key} of {@code type}; null when there is none. */
  private Object find(EntityType<Object> type, Object key) {
    EntityState s = session.identityMap.get(type.javaType(), key);
    if (s != null) {
      if (s.deleteRequested) {
        throw deleted(s);
      }
      return s.entity;
    }
    List<Object> rows =
        session
            .loader()
            .query(type, Keys.equal(type, key), List.of(), null, null, LoadOptions.NONE);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * The key columns of many-to-ones that do not cascade MERGE: left as they are, with their
   * relationship, as SQLAlchemy leaves such a relationship untouched.
   */
  private static Set<Attribute<?, ?>> keysOfUnmergedReferences(EntityType<Object> type) {
    Set<Attribute<?, ?>> kept = new HashSet<>();
    for (Relationship<Object, ?> r : type.relationships()) {
      if (!r.viewonly()
          && !r.cascades(Cascade.MERGE)
          && r.join() instanceof Join.ForeignKeyJoin fk
          && fk.ownerHoldsKey()) {
        kept.add(fk.foreignKey());
      }
    }
    return kept;
  }

  @SuppressWarnings("unchecked")
  private void mergeScalar(
      ScalarRelationship<Object, ?> r, Object source, Object dest, boolean sourceWasLoaded) {
    ScalarRelationship<Object, Object> scalar = (ScalarRelationship<Object, Object>) r;
    Object target = SessionBridge.peek(scalar, source);
    if (target != null) {
      scalar.set(dest, merge(target));
      return;
    }
    if (r.join() instanceof Join.ForeignKeyJoin fk && fk.ownerHoldsKey()) {
      // No object: the key column, copied above, says what the reference is.
      Object value = fk.foreignKey().getFrom(dest);
      if (value == null) {
        scalar.set(dest, null);
      } else {
        EntityType<Object> targetType = (EntityType<Object>) EntityType.of(r.targetType());
        Object found = find(targetType, Keys.normalize(targetType, value));
        if (found != null) {
          scalar.set(dest, found);
        }
      }
    } else if (sourceWasLoaded) {
      // A one-to-one whose target holds the key: a loaded null means none. A new object's null
      // may just be unset, and is left alone.
      scalar.set(dest, null);
    }
  }

  @SuppressWarnings("unchecked")
  private void mergeCollection(CollectionRelationship<Object, ?> r, Object source, Object dest) {
    CollectionRelationship<Object, Object> c = (CollectionRelationship<Object, Object>) r;
    RelationCollection<Object> elements = SessionBridge.trackedIfPresent(c, source);
    if (elements == null) {
      return; // never touched
    }
    List<Object> targets = new ArrayList<>(elements.size());
    for (Object e : new ArrayList<>(elements)) {
      targets.add(merge(e));
    }
    c.replace(dest, targets);
  }

  private static ObjectStateException deleted(EntityState s) {
    return new ObjectStateException(
        "Cannot merge onto "
            + s.describe()
            + ": it was deleted in this session; flush the deletion first, or merge before"
            + " deleting");
  }
}
