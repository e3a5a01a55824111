package org.relata.it.session;

import org.relata.runtime.meta.EntityType;

/**
 * Reads an entity's single id through its generated metamodel, as the test models keep ids
 * package-private.
 */
final class Ids {
  private Ids() {}

  static Object of(Object entity) {
    return EntityType.of(entity.getClass()).ids().get(0).getFrom(entity);
  }
}
