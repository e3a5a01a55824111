package org.relata.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * The order in which a {@link FlushPlan} writes its rows: the INSERTs parents first, in levels of
 * rows that can go together, and the DELETEs children first, with the keys to set to NULL where
 * rows to delete reference each other in a cycle.
 */
final class FlushOrder {
  private FlushOrder() {}

  /** Decides {@code plan}'s INSERT levels, DELETE levels and the keys that break a cycle. */
  static void decide(FlushPlan plan) {
    List<EntityState> inserts = new ArrayList<>();
    for (EntityState s : plan.live) {
      if (s.isPending()) {
        inserts.add(s);
      }
    }
    Map<EntityType<?>, Map<Object, EntityState>> newByKey = keyedByApplication(inserts);
    plan.insertLevels =
        Levels.of(
            inserts,
            s -> {
              List<EntityState> deps = new ArrayList<>();
              Map<Attribute<?, ?>, Object> own = plan.sources.getOrDefault(s, Map.of());
              for (Object source : own.values()) {
                EntityState d = source == FlushPlan.NULL ? null : plan.session.stateOf(source);
                if (d != null && d != s && d.isPending() && !plan.deletes.contains(d)) {
                  deps.add(d);
                }
              }
              addKeysSetDirectly(s, own, newByKey, deps);
              return deps;
            },
            "insert");
    List<EntityState> rows = new ArrayList<>();
    Map<EntityType<?>, Map<Object, EntityState>> byKey = new HashMap<>();
    for (EntityState s : plan.deletes) {
      if (s.isPersistent()) {
        rows.add(s);
        byKey.computeIfAbsent(s.type, t -> new HashMap<>()).put(s.key, s);
      }
    }
    // A row must go before the rows it references: its parents "depend" on it.
    Map<EntityState, List<EntityState>> before = new HashMap<>();
    for (EntityState s : rows) {
      List<Attribute<Object, ?>> attributes = s.type.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        Attribute<Object, ?> a = attributes.get(i);
        if (a.isForeignKey() && s.snapshot[i] != null) {
          EntityState parent = byKey.getOrDefault(a.referencedType(), Map.of()).get(s.snapshot[i]);
          if (parent != null && parent != s) {
            before.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
          }
        }
      }
    }
    Levels.Result ordered = Levels.ordered(rows, s -> before.getOrDefault(s, List.of()));
    plan.deleteLevels = new ArrayList<>(ordered.waves());
    if (!ordered.cyclic().isEmpty()) {
      breakCycle(plan, ordered.cyclic(), byKey);
      plan.deleteLevels.add(ordered.cyclic());
    }
  }

  /**
   * Rows to delete that reference each other in a cycle (say, two folders each the other's parent)
   * cannot go one after the other; their keys that point into the cycle are set to NULL first. A
   * key that is part of the primary key cannot be, so such a cycle is reported.
   */
  private static void breakCycle(
      FlushPlan plan,
      List<EntityState> cyclic,
      Map<EntityType<?>, Map<Object, EntityState>> byKey) {
    Set<EntityState> members = new HashSet<>(cyclic);
    for (EntityState s : cyclic) {
      List<Attribute<Object, ?>> attributes = s.type.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        Attribute<Object, ?> a = attributes.get(i);
        if (!a.isForeignKey() || s.snapshot[i] == null) {
          continue;
        }
        EntityState target = byKey.getOrDefault(a.referencedType(), Map.of()).get(s.snapshot[i]);
        if (target != null && target != s && members.contains(target)) {
          if (a.isId()) {
            throw Levels.cycle(cyclic, "delete");
          }
          plan.cycleBreaks.computeIfAbsent(a, k -> new ArrayList<>()).add(s);
        }
      }
    }
  }

  /** The new objects of this flush whose id the application set, by type and key. */
  private static Map<EntityType<?>, Map<Object, EntityState>> keyedByApplication(
      List<EntityState> inserts) {
    Map<EntityType<?>, Map<Object, EntityState>> byKey = new HashMap<>();
    for (EntityState s : inserts) {
      if (s.type.ids().size() == 1) {
        Object key = Keys.of(s.type, s.entity);
        if (key != null) {
          byKey.computeIfAbsent(s.type, t -> new HashMap<>()).put(key, s);
        }
      }
    }
    return byKey;
  }

  /**
   * A foreign key that the application set directly (no related object supplies it) still orders
   * the INSERTs: the new row it names goes first, as SQLAlchemy orders rows by the mapped
   * relationship whether or not the objects are connected (test_unitofworkv2.py,
   * RudimentaryFlushTest.test_natural_ordering).
   */
  private static void addKeysSetDirectly(
      EntityState s,
      Map<Attribute<?, ?>, Object> own,
      Map<EntityType<?>, Map<Object, EntityState>> newByKey,
      List<EntityState> deps) {
    if (newByKey.isEmpty()) {
      return;
    }
    for (Attribute<Object, ?> a : s.type.attributes()) {
      if (!a.isForeignKey() || own.containsKey(a)) {
        continue;
      }
      Map<Object, EntityState> candidates = newByKey.get(a.referencedType());
      Object value = candidates == null ? null : a.get(s.entity);
      EntityState d = value == null ? null : candidates.get(value);
      if (d != null && d != s) {
        deps.add(d);
      }
    }
  }
}
