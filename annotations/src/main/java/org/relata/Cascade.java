package org.relata;

/** Which session operations travel along a relationship; SQLAlchemy's {@code cascade} argument. */
public enum Cascade {
  /** {@code Session.add} of the owner also adds the related objects; {@code "save-update"}. */
  SAVE_UPDATE,
  /** Merging the owner also merges the related objects; {@code "merge"}. */
  MERGE,
  /** Deleting the owner also deletes the related objects; {@code "delete"}. */
  DELETE,
  /**
   * A related object removed from the owner is deleted, like an orphan; {@code "delete-orphan"}. It
   * implies {@link #DELETE}.
   */
  DELETE_ORPHAN,
  /**
   * Shorthand for {@link #SAVE_UPDATE}, {@link #MERGE} and {@link #DELETE}; {@code "all"}. Combine
   * with {@link #DELETE_ORPHAN} for SQLAlchemy's {@code "all, delete-orphan"}.
   */
  ALL
}
