package org.relata.runtime.meta;

import java.util.Collection;
import java.util.List;

/**
 * The one narrow contract between a session and the live relationships that users hold: what a
 * flush reads (the links added, removed and discarded since the last clean point) and writes (a new
 * clean point, rows just loaded), without loading or mirroring anything. The collections and
 * descriptors themselves expose none of this. Not for application code.
 */
public final class SessionBridge {
  private SessionBridge() {}

  /** The live collection of {@code owner}'s side {@code r}, without loading it. */
  public static <O, T> RelationCollection<T> tracked(CollectionRelationship<O, T> r, O owner) {
    return r.tracked(owner);
  }

  /** The live collection when the owner's field holds anything, else null; never loads. */
  public static <O, T> RelationCollection<T> trackedIfPresent(
      CollectionRelationship<O, T> r, O owner) {
    return r.trackedIfPresent(owner);
  }

  /** The stored reference of a scalar side, without loading. */
  public static <O, T> T peek(ScalarRelationship<O, T> r, O owner) {
    return r.peek(owner);
  }

  /** Stores a reference just read from the database: no loading, no mirroring. */
  public static <O, T> void setLoaded(ScalarRelationship<O, T> r, O owner, T target) {
    r.setLoaded(owner, target);
  }

  /**
   * Installs rows read from the database, merging changes made while unloaded; nothing mirrors and
   * nothing becomes dirty, the caller fills the reverse sides itself.
   */
  public static <T> void fillLoaded(RelationCollection<T> c, Collection<? extends T> rows) {
    CollectionRelationship.storeOf(c).fillLoaded(rows);
    CollectionRelationship.changed(c);
  }

  /** Elements linked since the database was last in step with memory, in order. */
  public static <T> List<T> added(RelationCollection<T> c) {
    return CollectionRelationship.storeOf(c).added();
  }

  /** Elements unlinked since the database was last in step with memory. */
  public static <T> List<T> removed(RelationCollection<T> c) {
    return CollectionRelationship.storeOf(c).removed();
  }

  /** Elements linked and unlinked again since the last clean point: they never reached it. */
  public static <T> List<T> discarded(RelationCollection<T> c) {
    return CollectionRelationship.storeOf(c).discarded();
  }

  /** What the database held at the last clean point, read-only. */
  public static <T> Collection<T> cleanElements(RelationCollection<T> c) {
    return CollectionRelationship.storeOf(c).cleanElements();
  }

  /** Records that the database now holds what memory holds. */
  public static void markClean(RelationCollection<?> c) {
    CollectionRelationship.storeOf(c).markClean();
  }

  /**
   * Undoes {@link #markClean} after the transaction that wrote the links rolled back: {@code added}
   * are no longer in the database and {@code removed} are in it again.
   */
  public static <T> void restoreDirty(
      RelationCollection<T> c, Collection<? extends T> added, Collection<? extends T> removed) {
    CollectionRelationship.storeOf(c).restoreDirty(added, removed);
  }
}
