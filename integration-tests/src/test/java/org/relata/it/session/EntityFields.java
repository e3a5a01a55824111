package org.relata.it.session;

import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/** Sets a column of an entity through its generated metamodel, by Java field name. */
final class EntityFields {
  private EntityFields() {}

  static void set(Object entity, String field, Object value) {
    for (Attribute<?, ?> a : EntityType.of(entity.getClass()).attributes()) {
      if (a.name().equals(field)) {
        a.setOn(entity, value);
        return;
      }
    }
    throw new IllegalArgumentException(entity.getClass() + " has no column field " + field);
  }
}
