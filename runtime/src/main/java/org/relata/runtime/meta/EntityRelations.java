package org.relata.runtime.meta;

/**
 * The root of every generated {@code ERelations} class.
 *
 * <p>It carries the link to the session that loaded or persisted the object, so that an unloaded
 * relationship can load itself on first access. A new object has no attachment.
 */
public abstract class EntityRelations {
  private transient EntityAttachment relataAttachment;

  /** For subclasses only: generated code extends this class, users never instantiate it. */
  protected EntityRelations() {}

  static EntityAttachment attachmentOf(Object entity) {
    return entity instanceof EntityRelations e ? e.relataAttachment : null;
  }

  /**
   * Whether {@code relationship} of {@code entity} has yet to be loaded by its session. The
   * signature names no session type: where none was ever loaded (plain objects, no session), the
   * JIT will not inline a method that returns one, and this check sits on every scalar read.
   */
  static boolean isUnloaded(Object entity, Relationship<?, ?> relationship) {
    if (entity instanceof EntityRelations e) {
      EntityAttachment attachment = e.relataAttachment;
      return attachment != null && attachment.isUnloaded(relationship);
    }
    return false;
  }

  static void attach(EntityRelations entity, EntityAttachment attachment) {
    entity.relataAttachment = attachment;
  }
}
