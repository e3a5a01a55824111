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

  static void attach(EntityRelations entity, EntityAttachment attachment) {
    entity.relataAttachment = attachment;
  }
}
