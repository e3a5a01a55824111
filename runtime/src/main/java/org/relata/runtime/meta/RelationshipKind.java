package org.relata.runtime.meta;

/** The direction of a relationship, from its owner's point of view. */
public enum RelationshipKind {
  /** A collection whose elements hold a foreign key to the owner. */
  ONE_TO_MANY,
  /** A scalar whose owner holds a foreign key to the target. */
  MANY_TO_ONE,
  /** A scalar whose target holds a foreign key to the owner. */
  ONE_TO_ONE,
  /** A collection linked through an association table. */
  MANY_TO_MANY
}
