package org.relata.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;
import org.relata.runtime.meta.RelationshipKind;

/**
 * The tables that {@link Schema} creates, drops or validates for a list of classes: the entities,
 * each after the entities its foreign keys reference where possible, and the association tables,
 * those that relationships use and those given as {@code @AssociationTable} classes.
 */
final class MappedTables {
  /** {@link #oneToOneKeys} by type, as a flush asks for every changed row's. */
  private static final Map<EntityType<?>, Set<Attribute<?, ?>>> ONE_TO_ONE_KEYS =
      new ConcurrentHashMap<>();

  final List<EntityType<?>> entities;
  final List<AssociationType> associations;

  private MappedTables(List<EntityType<?>> entities, List<AssociationType> associations) {
    this.entities = entities;
    this.associations = associations;
  }

  static MappedTables of(Class<?>... classes) {
    List<EntityType<?>> given = new ArrayList<>();
    List<AssociationType> links = new ArrayList<>();
    for (Class<?> c : classes) {
      AssociationType link = AssociationType.lookup(c);
      if (link != null) {
        links.add(link);
      } else {
        given.add(EntityType.of(c));
      }
    }
    Map<EntityType<?>, Boolean> visiting = new LinkedHashMap<>();
    List<EntityType<?>> ordered = new ArrayList<>();
    for (EntityType<?> t : given) {
      visit(t, given, visiting, ordered);
    }
    Map<Table<Record>, AssociationType> found = new LinkedHashMap<>();
    for (EntityType<?> t : ordered) {
      for (Relationship<?, ?> r : t.relationships()) {
        if (r.join() instanceof Join.SecondaryJoin s && s.associationType() != null) {
          found.putIfAbsent(s.table(), s.associationType());
        }
      }
    }
    for (AssociationType link : links) {
      found.putIfAbsent(link.table(), link);
    }
    return new MappedTables(ordered, new ArrayList<>(found.values()));
  }

  private static void visit(
      EntityType<?> t,
      List<EntityType<?>> given,
      Map<EntityType<?>, Boolean> visiting,
      List<EntityType<?>> out) {
    if (visiting.containsKey(t)) {
      return; // done, or on the current path: a cycle, which create() defers
    }
    visiting.put(t, Boolean.TRUE);
    for (Attribute<?, ?> a : t.attributes()) {
      EntityType<?> target = a.isForeignKey() ? a.referencedType() : null;
      if (target != null && target != t && given.contains(target)) {
        visit(target, given, visiting, out);
      }
    }
    out.add(t);
  }

  /**
   * The foreign keys of {@code type} that a one-to-one joins on, so that at most one row may hold
   * each value: the keys that a {@code ONE_TO_ONE} relationship of the referenced entity uses.
   */
  static Set<Attribute<?, ?>> oneToOneKeys(EntityType<?> type) {
    return ONE_TO_ONE_KEYS.computeIfAbsent(type, MappedTables::findOneToOneKeys);
  }

  private static Set<Attribute<?, ?>> findOneToOneKeys(EntityType<?> type) {
    Set<Attribute<?, ?>> keys = new LinkedHashSet<>();
    for (Attribute<?, ?> a : type.attributes()) {
      EntityType<?> target = a.isForeignKey() ? a.referencedType() : null;
      if (target == null) {
        continue;
      }
      for (Relationship<?, ?> r : target.relationships()) {
        if (r.kind() == RelationshipKind.ONE_TO_ONE
            && r.join() instanceof Join.ForeignKeyJoin fk
            && fk.foreignKey() == a) {
          keys.add(a);
        }
      }
    }
    return Set.copyOf(keys);
  }
}
