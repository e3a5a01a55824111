package org.relata.runtime.meta;

import java.util.Collection;

/**
 * A live relationship collection: every change mirrors onto the reverse side, and it remembers what
 * the database holds so that a flush writes only the difference.
 *
 * <p>The mutators are those of {@link Collection}. A session reads and writes what the collection
 * remembers through {@link SessionBridge}, never through methods here.
 */
public sealed interface RelationCollection<T> extends Collection<T>
    permits RelationList, RelationSet {
  /** The object that owns this collection. */
  Object owner();

  /** The relationship this collection is a side of. */
  Relationship<?, T> relationship();

  /** Whether the rows have been loaded; an unloaded collection holds only pending changes. */
  default boolean isLoaded() {
    return CollectionRelationship.storeOf(this).isLoaded();
  }
}
