package org.relata.runtime.meta;

import java.util.Collection;

/**
 * A session's view of one managed object, as the relationship machinery needs it.
 *
 * <p>A session implements it and attaches it with {@link Attachments#attach}. The accessors ask it
 * whether a relationship still has to be loaded from the database, and let it load.
 */
public interface EntityAttachment {
  /**
   * Whether {@code relationship} of this object is known only to the database so far. A
   * relationship of a new object is never unloaded.
   */
  boolean isUnloaded(Relationship<?, ?> relationship);

  /**
   * Loads {@code relationship} of {@code owner} into memory, or throws a clear exception when that
   * is no longer possible (the session is closed). Afterwards {@link #isUnloaded} is false. For a
   * collection, the implementation fills the tracked collection with {@link
   * SessionBridge#fillLoaded}; for a scalar, it sets the value with {@link
   * SessionBridge#setLoaded}.
   */
  void load(Relationship<?, ?> relationship, Object owner);

  /**
   * The application has just linked {@code targets} to {@code owner} along {@code relationship},
   * changing this side (a change mirrored from the other side does not come here). A session runs
   * the save-update cascade now, as SQLAlchemy does when an object is appended or assigned.
   */
  default void linked(Relationship<?, ?> relationship, Object owner, Collection<?> targets) {}
}
