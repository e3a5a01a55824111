package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.Relationship;

/**
 * What a flush needs to know about an entity type, worked out once per type: which relationships it
 * must walk and which columns are ids. A flush visits every managed object, so that each visit only
 * reads these arrays instead of asking every relationship again.
 */
final class TypePlan {
  private static final Map<EntityType<?>, TypePlan> PLANS = new ConcurrentHashMap<>();

  /** Relationship indexes that cascade {@code SAVE_UPDATE} (and are not viewonly). */
  final int[] saveUpdate;

  /** Whether some collection of a foreign-key join cascades {@code DELETE_ORPHAN}. */
  final boolean orphanCollections;

  /** Attribute indexes of the id columns. */
  final int[] ids;

  /** The table's qualified name, the first key of {@link WriteOrder}. */
  final String tableName;

  private TypePlan(EntityType<?> type) {
    List<? extends Relationship<?, ?>> relationships = type.relationships();
    List<Integer> cascading = new ArrayList<>();
    boolean orphans = false;
    for (int i = 0; i < relationships.size(); i++) {
      Relationship<?, ?> r = relationships.get(i);
      if (r.viewonly()) {
        continue;
      }
      if (r.cascades(Cascade.SAVE_UPDATE)) {
        cascading.add(i);
      }
      orphans |=
          r.cascades(Cascade.DELETE_ORPHAN)
              && r instanceof CollectionRelationship<?, ?>
              && r.join() instanceof Join.ForeignKeyJoin;
    }
    this.saveUpdate = cascading.stream().mapToInt(Integer::intValue).toArray();
    this.orphanCollections = orphans;
    List<? extends Attribute<?, ?>> attributes = type.attributes();
    List<Integer> idIndexes = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).isId()) {
        idIndexes.add(i);
      }
    }
    this.ids = idIndexes.stream().mapToInt(Integer::intValue).toArray();
    this.tableName = WriteOrder.tableName(type.table());
  }

  static TypePlan of(EntityType<?> type) {
    TypePlan plan = PLANS.get(type);
    return plan != null ? plan : PLANS.computeIfAbsent(type, TypePlan::new);
  }
}
