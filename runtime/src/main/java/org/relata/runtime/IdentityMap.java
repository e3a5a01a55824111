package org.relata.runtime;

import java.util.HashMap;
import java.util.Map;

/** One object per row: the persistent objects of a session, by entity class and primary key. */
final class IdentityMap {
  private final Map<Class<?>, Map<Object, EntityState>> byType = new HashMap<>();

  EntityState get(Class<?> type, Object key) {
    Map<Object, EntityState> rows = byType.get(type);
    return rows == null ? null : rows.get(key);
  }

  /** The objects of {@code type} by key, to look up and add many rows of one type in a row. */
  Map<Object, EntityState> rowsOf(Class<?> type) {
    return byType.computeIfAbsent(type, t -> new HashMap<>());
  }

  void put(EntityState state) {
    byType.computeIfAbsent(state.type.javaType(), t -> new HashMap<>()).put(state.key, state);
  }

  void remove(EntityState state) {
    Map<Object, EntityState> rows = byType.get(state.type.javaType());
    if (rows != null && rows.get(state.key) == state) {
      rows.remove(state.key);
    }
  }

  void clear() {
    byType.clear();
  }
}
