package org.relata.runtime.meta;

/** Lets a session attach its per-object state to managed entities. Not for application code. */
public final class Attachments {
  private Attachments() {}

  /** Attaches {@code attachment} to {@code entity}, or detaches it when null. */
  public static void attach(Object entity, EntityAttachment attachment) {
    if (entity instanceof EntityRelations e) {
      EntityRelations.attach(e, attachment);
    }
  }

  /** The attachment of {@code entity}, or null when it has none or has no relationships. */
  public static EntityAttachment of(Object entity) {
    return EntityRelations.attachmentOf(entity);
  }
}
