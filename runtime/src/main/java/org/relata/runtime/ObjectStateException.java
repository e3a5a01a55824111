package org.relata.runtime;

/**
 * An object was used in a way its state does not allow: it belongs to another open session, it was
 * deleted and then added again, its id changed after it was persisted, or it references an object
 * that is in no session.
 */
public final class ObjectStateException extends RelataException {
  private static final long serialVersionUID = 1L;

  ObjectStateException(String message) {
    super(message);
  }
}
