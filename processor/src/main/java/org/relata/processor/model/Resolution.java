package org.relata.processor.model;

import java.util.List;

/**
 * What resolution found out about one relationship side; null fields are the facts it could not
 * settle, and the problems say why, for the validator to turn into errors.
 *
 * @param target the target entity, or null when the target type is not an entity
 * @param direction the direction, or null when the join is unresolved
 * @param join the join, or null when unresolved
 * @param joinProblem why {@code join} is null, else null
 * @param candidates for {@link JoinProblem#AMBIGUOUS_FOREIGN_KEY} the columns that could serve; for
 *     the other join problems the foreign keys that exist between the two sides (maybe none)
 * @param reverse the side this one mirrors onto, or null when it mirrors onto none
 * @param reverseProblem why {@code backPopulates} did not resolve to {@code reverse}, else null
 * @param reverseCandidates for {@link ReverseProblem#NOT_FOUND} the relationship names the target
 *     has, to suggest one
 */
public record Resolution(
    EntityModel target,
    Direction direction,
    JoinModel join,
    JoinProblem joinProblem,
    List<ColumnModel> candidates,
    RelationshipModel reverse,
    ReverseProblem reverseProblem,
    List<String> reverseCandidates) {

  public Resolution {
    candidates = List.copyOf(candidates);
    reverseCandidates = List.copyOf(reverseCandidates);
  }

  /** Whether the direction and join are known, so that code can be generated. */
  public boolean isResolved() {
    return target != null && direction != null && join != null;
  }

  /** Why a join could not be resolved. */
  public enum JoinProblem {
    /** The target type is not an {@code @Entity}; nothing else could be resolved. */
    TARGET_NOT_ENTITY,
    /**
     * {@code secondary} names a class that is neither an {@code @AssociationTable} nor an
     * {@code @Entity}.
     */
    SECONDARY_NOT_TABLE,
    /** The secondary table lacks a foreign key to the owner or to the target. */
    SECONDARY_COLUMN_MISSING,
    /** No foreign key links the two sides in the direction the field's shape requires. */
    NO_FOREIGN_KEY,
    /** Several foreign keys could serve; {@code foreignKey} must pick one. */
    AMBIGUOUS_FOREIGN_KEY,
    /** {@code foreignKey} names no foreign key between the two sides. */
    FOREIGN_KEY_NOT_FOUND,
    /**
     * A collection without {@code secondary} whose only key is on the owner: the owner holds the
     * key, so the owner side must be a scalar (or the relationship needs a {@code secondary}).
     */
    KEY_ON_COLLECTION_OWNER,
    /** A materialized backref side whose declared side did not resolve; report it there. */
    ORIGIN_UNRESOLVED
  }

  /** Why {@code backPopulates} did not resolve. */
  public enum ReverseProblem {
    /** The target has no relationship of that name. */
    NOT_FOUND,
    /** The named relationship exists but targets another class than the owner. */
    WRONG_TARGET
  }
}
