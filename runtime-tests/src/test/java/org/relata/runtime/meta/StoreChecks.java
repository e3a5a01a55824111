package org.relata.runtime.meta;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Checks the private state behind a live collection: its element list and its identity index must
 * describe the same elements, each once, and a large list must have its index. Reflection is fine
 * here, in a test only.
 */
public final class StoreChecks {
  private StoreChecks() {}

  /** Fails when {@code live} is a relationship collection whose storage disagrees with itself. */
  public static void assertConsistent(Collection<?> live) {
    if (!(live instanceof RelationCollection<?> c)) {
      throw new AssertionError("not a live relationship collection: " + live.getClass());
    }
    LinkStore<?> store = CollectionRelationship.storeOf(c);
    Map<?, ?> index = index(store);
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object item : store.items) {
      if (item == null) {
        throw new AssertionError(c.relationship() + " holds null: " + store.items);
      }
      if (seen.put(item, Boolean.TRUE) != null) {
        throw new AssertionError(c.relationship() + " holds " + item + " twice: " + store.items);
      }
      if (index != null && !index.containsKey(item)) {
        throw new AssertionError(c.relationship() + " has " + item + " missing from its index");
      }
    }
    if (index == null && store.items.size() > LinkStore.INDEX_THRESHOLD) {
      throw new AssertionError(
          c.relationship() + " has " + store.items.size() + " items and no index");
    }
    if (index != null && index.size() != store.items.size()) {
      throw new AssertionError(
          c.relationship()
              + " index has "
              + index.size()
              + " entries for "
              + store.items.size()
              + " items");
    }
    if (c.size() != store.items.size()) {
      throw new AssertionError(c.relationship() + " size() disagrees with its items");
    }
  }

  private static Map<?, ?> index(LinkStore<?> store) {
    try {
      Field f = LinkStore.class.getDeclaredField("index");
      f.setAccessible(true);
      return (Map<?, ?>) f.get(store);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
