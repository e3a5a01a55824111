package org.relata.it.session;

import org.relata.runtime.meta.EntityType;

/** Sets an entity's single id through its generated metamodel. */
final class EntityIds {
  private EntityIds() {}

  static void set(Object entity, Object id) {
    EntityType.of(entity.getClass()).ids().get(0).setOn(entity, id);
  }
}
