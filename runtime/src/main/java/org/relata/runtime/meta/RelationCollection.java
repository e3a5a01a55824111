package org.relata.runtime.meta;

import java.util.Collection;
import java.util.List;

/**
 * A live relationship collection: every change mirrors onto the reverse side, and it remembers what
 * the database holds so that a flush writes only the difference.
 *
 * <p>The mutators are those of {@link Collection}; the methods declared here are for sessions.
 */
public sealed interface RelationCollection<T> extends Collection<T>
    permits RelationList, RelationSet {
  /** The object that owns this collection. */
  Object owner();

  /** The relationship this collection is a side of. */
  Relationship<?, T> relationship();

  // The session-facing methods below are the same for both collection classes: they read and
  // write the LinkStore behind the collection.

  /** Whether the rows have been loaded; an unloaded collection holds only pending changes. */
  default boolean isLoaded() {
    return CollectionRelationship.storeOf(this).isLoaded();
  }

  /**
   * Installs rows read from the database, merging changes made while unloaded. No mirroring happens
   * and nothing becomes dirty: the caller fills the reverse sides itself.
   */
  default void fillLoaded(Collection<? extends T> rows) {
    CollectionRelationship.storeOf(this).fillLoaded(rows);
    CollectionRelationship.changed(this);
  }

  /** Elements linked since the database was last in step with memory, in order. */
  default List<T> added() {
    return CollectionRelationship.storeOf(this).added();
  }

  /** Elements unlinked since the database was last in step with memory. */
  default List<T> removed() {
    return CollectionRelationship.storeOf(this).removed();
  }

  /** Records that the database now holds what memory holds; called after a successful commit. */
  default void markClean() {
    CollectionRelationship.storeOf(this).markClean();
  }

  /**
   * Elements linked and unlinked again since the database was last in step with memory; they never
   * reached it through this collection.
   */
  default List<T> discarded() {
    return CollectionRelationship.storeOf(this).discarded();
  }

  /**
   * Undoes {@link #markClean} after the transaction that wrote the links rolled back: {@code added}
   * are no longer in the database and {@code removed} are in it again, so both are pending again.
   */
  default void restoreDirty(Collection<? extends T> added, Collection<? extends T> removed) {
    CollectionRelationship.storeOf(this).restoreDirty(added, removed);
  }

  /** What the database held at the last clean point, read-only. */
  default Collection<T> cleanElements() {
    return CollectionRelationship.storeOf(this).cleanElements();
  }
}
