package org.relata.processor.model;

/**
 * The direction of a relationship from its owner's side, as DESIGN "Direction" defines it; the
 * constants have the names of the runtime's {@code RelationshipKind}.
 */
public enum Direction {
  /** A collection whose elements hold a foreign key to the owner. */
  ONE_TO_MANY,
  /** A scalar whose owner holds a foreign key to the target. */
  MANY_TO_ONE,
  /** A scalar whose target holds a foreign key to the owner. */
  ONE_TO_ONE,
  /** Linked through a {@code secondary} table. */
  MANY_TO_MANY
}
