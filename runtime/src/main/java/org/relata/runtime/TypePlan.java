package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
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

  /**
   * The flush rules of each relationship, by relationship index, chosen once by its direction; null
   * for a viewonly side, which writes nothing.
   */
  final DirectionRules[] rules;

  /** Whether some side discards pending orphans (see {@link DirectionRules#hasPendingOrphans}). */
  final boolean orphanCollections;

  /** Attribute indexes of the id columns. */
  final int[] ids;

  /** The table's qualified name, the first key of {@link WriteOrder}. */
  final String tableName;

  private TypePlan(EntityType<?> type) {
    @SuppressWarnings("unchecked")
    List<Relationship<Object, ?>> relationships =
        (List<Relationship<Object, ?>>) (List<?>) type.relationships();
    List<Integer> cascading = new ArrayList<>();
    boolean orphans = false;
    this.rules = new DirectionRules[relationships.size()];
    for (int i = 0; i < relationships.size(); i++) {
      Relationship<Object, ?> r = relationships.get(i);
      if (r.viewonly()) {
        continue;
      }
      if (r.cascades(Cascade.SAVE_UPDATE)) {
        cascading.add(i);
      }
      rules[i] = DirectionRules.of(r);
      orphans |= rules[i].hasPendingOrphans();
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
