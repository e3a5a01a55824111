package org.relata.runtime;

/**
 * A flush failed and was rolled back. The database is as it was before the flush, and the session
 * still holds every pending change, so fixing the cause and flushing again writes them once.
 */
public final class FlushException extends RelataException {
  private static final long serialVersionUID = 1L;

  FlushException(String message, Throwable cause) {
    super(message, cause);
  }
}
