package org.relata.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.RelationCollection;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.SessionBridge;

/**
 * What one flush writes, worked out before any statement runs: the rows to insert (parents first),
 * the foreign keys that relationships set, the association-row diff, the orphans, and the rows to
 * delete (children first).
 *
 * <p>Building a plan changes nothing in the session except that {@code SAVE_UPDATE} cascades bring
 * newly reached objects in, and {@code DELETE} cascades of orphans may load relationships.
 */
final class FlushPlan {
  /** A foreign-key source meaning "set the column to NULL". */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "NULL";
        }
      };

  final Session session;

  /** Every managed state when the plan was built, in the session's order. */
  final List<EntityState> states;

  /** What each collection added and removed, asked once per flush. */
  final CollectionChanges collections = new CollectionChanges();

  /** States that stay: pending ones to insert, persistent ones to check for changes. */
  final List<EntityState> live;

  /** Persistent states whose rows go, and pending states that simply leave the session. */
  final Set<EntityState> deletes = new LinkedHashSet<>();

  /** For a state, the object (or {@link #NULL}) that each of its foreign keys must point at. */
  final Map<EntityState, Map<Attribute<?, ?>, Object>> sources = new HashMap<>();

  final LinkDiff links = new LinkDiff();

  /** Persistent states that may need an UPDATE, as {@link #findChanged} found them. */
  final List<EntityState> changed = new ArrayList<>();

  /**
   * The one-to-one keys that this flush clears in persistent rows, which the writer sets to NULL
   * before any INSERT (see {@link #findReleasedKeys}).
   */
  final List<KeyRelease> releasedKeys = new ArrayList<>();

  List<List<EntityState>> insertLevels = List.of();

  /** The objects whose deletion this flush's DELETE cascade requested (see {@link #build}). */
  private List<EntityState> cascadedDeletes = List.of();

  List<List<EntityState>> deleteLevels = List.of();

  /**
   * Rows to delete whose foreign keys reference each other in a cycle: each key to set to NULL
   * first, with the rows whose key it is, so that the rows can then go in any order.
   */
  final Map<Attribute<Object, ?>, List<EntityState>> cycleBreaks = new LinkedHashMap<>();

  /**
   * For each foreign key, the ids of deleted rows whose remaining children get a NULL key by one
   * set-based UPDATE, in the order the writer issues them.
   */
  final Map<Attribute<?, ?>, List<Object>> keysToNull =
      new TreeMap<>(
          Comparator.comparing(
              a ->
                  WriteOrder.tableName(EntityType.of(a.declaringType()).table())
                      + '\0'
                      + a.field().getName()));

  /** For each association table and column, the ids of deleted rows whose links go. */
  final Map<Table<Record>, Map<Field<?>, List<Object>>> linksToClear = WriteOrder.byTableName();

  private final Map<EntityState, OneToManyRules> orphanCandidates = new LinkedHashMap<>();

  /** For each foreign key, see {@link #keysStillHeld}. */
  private final Map<Attribute<?, ?>, Set<Object>> stillReferenced = new HashMap<>();

  private FlushPlan(Session session, List<EntityState> states) {
    this.session = session;
    this.states = states;
    this.live = new ArrayList<>(states.size());
  }

  /**
   * The links each collection added and removed since the last flush, computed once: a large
   * collection compares all its elements against its clean point for each answer.
   */
  static final class CollectionChanges {
    // Made on first use: an autoflush before each query builds a plan that most often touches no
    // collection at all.
    private Map<RelationCollection<?>, List<?>> added;
    private Map<RelationCollection<?>, List<?>> removed;

    @SuppressWarnings("unchecked")
    <T> List<T> added(RelationCollection<T> c) {
      if (added == null) {
        added = new IdentityHashMap<>();
      }
      return (List<T>) added.computeIfAbsent(c, SessionBridge::added);
    }

    @SuppressWarnings("unchecked")
    <T> List<T> removed(RelationCollection<T> c) {
      if (removed == null) {
        removed = new IdentityHashMap<>();
      }
      return (List<T>) removed.computeIfAbsent(c, SessionBridge::removed);
    }
  }

  static FlushPlan build(Session session) {
    List<EntityState> states = session.states();
    int before = states.size();
    List<EntityState> cascaded = Cascades.deletesSinceRequested(session, states);
    try {
      FlushPlan plan = build(session, states, before);
      plan.cascadedDeletes = cascaded;
      return plan;
    } catch (RuntimeException e) {
      withdraw(cascaded);
      throw e;
    }
  }

  /**
   * Whether {@code s} certainly gives a flush nothing to write, told by one look at it and without
   * a plan: it is persistent and not to be deleted, its columns are what the database holds, and
   * each side that writes ({@link TypePlan#rules}) is unloaded and has no collection in its field.
   * Every step of {@link #build} then finds nothing in it: the DELETE cascade starts only from
   * requested deletes; the check of what it reaches, the relationships' rules and the pending
   * orphans read only loaded sides and live collections; the UPDATE search compares the same
   * columns; and it is neither inserted nor deleted. A session whose states all give nothing needs
   * no plan, which spares an autoflush the plan's several walks over every managed object. False
   * means only that the plan must decide.
   */
  static boolean givesNothing(EntityState s) {
    if (s.deleteRequested || !s.isPersistent()) {
      return false;
    }
    DirectionRules[] rules = s.plan.rules;
    for (int i = 0; i < rules.length; i++) {
      if (rules[i] != null && (!s.isUnloaded(i) || Targets.collection(s, i) != null)) {
        return false;
      }
    }
    return !s.isChanged();
  }

  /**
   * Takes back the delete requests that this flush's own DELETE cascade added, when the flush
   * fails: they follow from the object graph as the next flush finds it, not as this one did.
   */
  void withdrawCascadedDeletes() {
    withdraw(cascadedDeletes);
  }

  private static void withdraw(List<EntityState> cascaded) {
    for (EntityState s : cascaded) {
      s.withdrawDeleteRequest();
    }
  }

  /** The plan over {@code states}, the session's {@code before} states when the flush began. */
  private static FlushPlan build(Session session, List<EntityState> states, int before) {
    FlushPlan plan = new FlushPlan(session, states);
    Cascades.requireReachedManaged(session, states, plan.collections);
    if (session.stateCount() != before) {
      // The DELETE cascade loaded what a deleted object owns, or a collection field that the
      // application assigned directly was adopted as the check read it: take the new states in.
      states.clear();
      states.addAll(session.states());
    }
    for (EntityState s : states) {
      if (s.deleteRequested) {
        plan.deletes.add(s);
      } else if (!s.isDeleted()) {
        plan.live.add(s);
      }
    }
    plan.collectRelationshipChanges();
    plan.deleteOrphans();
    // A new link to a row about to go is never written; a removed one is left to the set-based
    // DELETE of the deleted end's links, unless that end's type has no relationship through the
    // table (a one-way many-to-many declared on the other side): then it goes first, on its own.
    plan.links.dropAdded(l -> plan.isDeleted(l.first) || plan.isDeleted(l.second));
    plan.links.dropRemoved(
        l -> plan.clearedWithRow(l.first, l.table) || plan.clearedWithRow(l.second, l.table));
    plan.findChanged();
    plan.checkIds();
    FlushOrder.decide(plan);
    plan.findReleasedKeys();
    plan.clearReferencesToDeleted();
    return plan;
  }

  /**
   * Whether the plan writes nothing at all, so that a flush (an autoflush before each query, most
   * of all) can skip the savepoint and its round trips.
   */
  boolean writesNothing() {
    return insertLevels.isEmpty()
        && deletes.isEmpty()
        && changed.isEmpty()
        && links.inserts().isEmpty()
        && links.deletes().isEmpty();
  }

  /**
   * The persistent objects that may need an UPDATE: a column differs from what the database holds,
   * or a relationship sets a foreign key. Every other object is left alone from here on, so that
   * this is the one pass that compares all objects' columns.
   */
  private void findChanged() {
    for (EntityState s : live) {
      if (s.isPersistent() && (sources.containsKey(s) || s.isChanged())) {
        changed.add(s);
      }
    }
  }

  boolean isDeleted(Object entity) {
    EntityState s = session.stateOf(entity);
    return s != null && deletes.contains(s);
  }

  // ---- foreign keys and links from relationship changes ----

  /**
   * Asks each relationship's {@link DirectionRules} what its change writes, then applies them in
   * order: later rules win, so a child unlinked from one parent and linked to another gets the new
   * one, and an explicit many-to-one reference has the last word.
   */
  private void collectRelationshipChanges() {
    Saves saves = new Saves(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (EntityState s : live) {
      save(s, saves);
    }
    for (EntityState s : deletes) {
      if (s.isPersistent()) {
        save(s, saves);
      }
    }
    for (ChildRemoved u : saves.removed()) {
      u.rules().childRemoved(this, u.child(), u.parent());
    }
    for (ChildAdded l : saves.added()) {
      source(l.child(), l.foreignKey(), l.parent());
    }
    for (ReferenceSet ref : saves.references()) {
      if (ref.target() != NULL) {
        requireManaged(ref.target(), ref.relationship(), ref.owner());
      }
      source(ref.owner(), ref.foreignKey(), ref.target());
    }
  }

  /** Asks the rules of each loaded relationship of {@code s} what its change writes. */
  private void save(EntityState s, Saves saves) {
    DirectionRules[] rules = s.plan.rules;
    for (int i = 0; i < rules.length; i++) {
      if (rules[i] != null && !s.isUnloaded(i)) {
        rules[i].save(this, s, i, saves);
      }
    }
  }

  /** What the relationships' changes set, gathered before any of it is applied. */
  record Saves(List<ChildRemoved> removed, List<ChildAdded> added, List<ReferenceSet> references) {}

  /**
   * {@code child} left {@code parent}'s one-to-many side, whose {@code rules} decide what follows.
   */
  record ChildRemoved(Object child, EntityState parent, OneToManyRules rules) {}

  /** {@code child} joined a collection of {@code parent}: its {@code foreignKey} points there. */
  record ChildAdded(EntityState child, Attribute<?, ?> foreignKey, Object parent) {}

  /**
   * A many-to-one of {@code owner} now refers to {@code target} (or {@link #NULL}), which its
   * {@code foreignKey} must point at.
   */
  record ReferenceSet(
      EntityState owner,
      Attribute<?, ?> foreignKey,
      Object target,
      Relationship<?, ?> relationship) {}

  /** Points {@code fk} of {@code s} at {@code target} (or {@link #NULL}) when the flush writes. */
  void source(EntityState s, Attribute<?, ?> fk, Object target) {
    sources.computeIfAbsent(s, k -> new IdentityHashMap<>()).put(fk, target);
  }

  /** What this flush points {@code fk} of {@code s} at: an object, or {@link #NULL} for none. */
  Object sourceOf(EntityState s, Attribute<?, ?> fk) {
    Map<Attribute<?, ?>, Object> own = sources.get(s);
    return own == null ? NULL : own.getOrDefault(fk, NULL);
  }

  /**
   * {@code child} was taken out of a {@code DELETE_ORPHAN} side; {@link #deleteOrphans} decides.
   */
  void orphanCandidate(EntityState child, OneToManyRules rules) {
    orphanCandidates.put(child, rules);
  }

  /**
   * The state of an object that a relationship of {@code owner} newly reaches: it must be managed.
   * It may be marked for deletion (linked, then deleted): the deletion wins, and no link to it is
   * written, as its row and its links go.
   */
  EntityState requireManaged(Object target, Relationship<?, ?> r, EntityState owner) {
    return Cascades.requireManaged(session, owner, r, target);
  }

  // ---- orphans ----

  /**
   * Children removed from a DELETE_ORPHAN parent and given no new one are deleted. A new child that
   * was added to such a parent and removed again before any flush is a pending orphan: it simply
   * leaves the session, as nothing of it ever reached the database.
   */
  private void deleteOrphans() {
    collectPendingOrphans();
    for (Map.Entry<EntityState, OneToManyRules> e : orphanCandidates.entrySet()) {
      EntityState child = e.getKey();
      if (e.getValue().isOrphan(this, child)) {
        for (EntityState s : Cascades.delete(session, child)) {
          deletes.add(s);
        }
      }
    }
    if (!deletes.isEmpty()) {
      live.removeAll(deletes);
    }
  }

  /**
   * New objects discarded from a DELETE_ORPHAN collection, unless another object still refers to
   * them (say, a child whose parent is the discarded one): dropping those would lose that key.
   */
  private void collectPendingOrphans() {
    Map<EntityState, OneToManyRules> candidates = new LinkedHashMap<>();
    for (EntityState s : live) {
      pendingOrphans(s, candidates);
    }
    for (EntityState s : deletes) {
      pendingOrphans(s, candidates);
    }
    if (candidates.isEmpty()) {
      return;
    }
    Set<Object> referenced = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map<Attribute<?, ?>, Object> own : sources.values()) {
      referenced.addAll(own.values());
    }
    for (List<LinkDiff.Link> added : links.inserts().values()) {
      for (LinkDiff.Link l : added) {
        referenced.add(l.first);
        referenced.add(l.second);
      }
    }
    candidates.forEach(
        (child, r) -> {
          if (!referenced.contains(child.entity)) {
            orphanCandidates.putIfAbsent(child, r);
          }
        });
  }

  private void pendingOrphans(EntityState s, Map<EntityState, OneToManyRules> candidates) {
    if (s.plan.orphanCollections) {
      for (DirectionRules rules : s.plan.rules) {
        if (rules != null) {
          rules.pendingOrphans(this, s, candidates);
        }
      }
    }
  }

  // ---- ids ----

  /** The value a foreign key gets from its source, once every source has its id. */
  Object resolve(Object source) {
    if (source == NULL || isDeleted(source)) {
      return null;
    }
    EntityState s = session.stateOf(source);
    return s.type.ids().get(0).get(source);
  }

  /**
   * Column {@code attribute} of {@code row}, a one-to-one key that holds {@code before} in the
   * database, is set to NULL ahead of every other statement.
   */
  record KeyRelease(EntityState row, int attribute, Object before) {}

  /**
   * The one-to-one keys that this flush clears: such a key is UNIQUE (see {@link
   * MappedTables#oneToOneKeys}), so a new partner's row can only take the value once the old
   * partner's row gave it up. SQLAlchemy likewise writes a table's UPDATEs before its INSERTs. The
   * rest of such a row's changes are written with the other UPDATEs.
   */
  private void findReleasedKeys() {
    for (EntityState s : changed) {
      Set<Attribute<?, ?>> keys = MappedTables.oneToOneKeys(s.type);
      if (keys.isEmpty() || s.snapshot == null) {
        continue;
      }
      Map<Attribute<?, ?>, Object> own = sources.get(s);
      List<Attribute<Object, ?>> attributes = s.type.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        Attribute<Object, ?> a = attributes.get(i);
        Object before = s.snapshot[i];
        Object source = own == null ? null : own.get(a);
        boolean cleared = source != null ? source == NULL : a.get(s.entity) == null;
        if (keys.contains(a) && before != null && cleared) {
          releasedKeys.add(new KeyRelease(s, i, before));
        }
      }
    }
  }

  /** Only a changed object can have a changed id; its id columns are checked. */
  private void checkIds() {
    for (EntityState s : changed) {
      Map<Attribute<?, ?>, Object> own = sources.getOrDefault(s, Map.of());
      List<Attribute<Object, ?>> attributes = s.type.attributes();
      for (int i : s.plan.ids) {
        Attribute<Object, ?> a = attributes.get(i);
        Object source = own.get(a);
        Object now = source == null ? a.get(s.entity) : resolve(source);
        if (!Objects.equals(now, s.snapshot[i])) {
          throw new ObjectStateException(
              "The id "
                  + a
                  + " of "
                  + s.describe()
                  + " changed to "
                  + now
                  + " after it was persisted; ids cannot change. Delete the object and add a new one");
        }
      }
    }
  }

  /** Whether deleting {@code end} removes its links in {@code table} by one set-based DELETE. */
  private boolean clearedWithRow(Object end, Table<Record> table) {
    if (!isDeleted(end)) {
      return false;
    }
    for (DirectionRules rules : session.stateOf(end).plan.rules) {
      if (rules != null && rules.clearsLinksWithRow(table)) {
        return true;
      }
    }
    return false;
  }

  // ---- what references the rows to delete ----

  /**
   * Decides what must let go of the rows about to be deleted, without loading anything: the
   * association rows of each (unless {@code passiveDeletes}), and the keys of children that a
   * relationship without a DELETE cascade leaves behind. A relationship whose children memory knows
   * in full (it is loaded, and each child that the database holds is deleted or given a new key by
   * this flush) needs no UPDATE: that would only set keys of rows about to go.
   */
  private void clearReferencesToDeleted() {
    for (List<EntityState> wave : deleteLevels) {
      for (EntityState s : wave) {
        if (s.type.ids().size() != 1) {
          continue;
        }
        DirectionRules[] rules = s.plan.rules;
        for (int i = 0; i < rules.length; i++) {
          if (rules[i] != null) {
            rules[i].delete(this, s, i, s.key);
          }
        }
      }
    }
  }

  /**
   * The values of {@code fk} that persistent rows which this flush neither deletes nor re-keys
   * still hold, as the database holds them: a managed child that no collection saw (its key was set
   * directly) still references its parent. Worked out once per key and flush.
   */
  Set<Object> keysStillHeld(Attribute<?, ?> fk) {
    return stillReferenced.computeIfAbsent(
        fk,
        a -> {
          Set<Object> held = new HashSet<>();
          int index = EntityType.of(a.declaringType()).attributes().indexOf(a);
          for (EntityState t : live) {
            if (t.isPersistent() && t.type.javaType() == a.declaringType() && !letGo(t, a)) {
              held.add(t.snapshot[index]);
            }
          }
          return held;
        });
  }

  /** Whether {@code child} is deleted, new, or given a new value of {@code fk} by this flush. */
  boolean letGo(EntityState child, Attribute<?, ?> fk) {
    if (deletes.contains(child) || child.isPending()) {
      return true;
    }
    Map<Attribute<?, ?>, Object> own = sources.get(child);
    return own != null && own.containsKey(fk);
  }
}
