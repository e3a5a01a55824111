package org.relata.runtime;

/**
 * An unloaded relationship was accessed after the session of its object was closed, so there is no
 * session left to load it from.
 */
public final class DetachedInstanceException extends RelataException {
  private static final long serialVersionUID = 1L;

  DetachedInstanceException(String message) {
    super(message);
  }
}
