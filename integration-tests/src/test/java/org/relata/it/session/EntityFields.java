package org.relata.it.session;

import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/** Reads and sets a column of an entity through its generated metamodel, by Java field name. */
final class EntityFields {
  private EntityFields() {}

  static void set(Object entity, String field, Object value) {
    attribute(entity, field).setOn(entity, value);
  }

  static Object get(Object entity, String field) {
    return attribute(entity, field).getFrom(entity);
  }

  private static Attribute<?, ?> attribute(Object entity, String field) {
    for (Attribute<?, ?> a : EntityType.of(entity.getClass()).attributes()) {
      if (a.name().equals(field)) {
        return a;
      }
    }
    throw new IllegalArgumentException(entity.getClass() + " has no column field " + field);
  }
}
