package org.relata.runtime;

/** The root of every exception that a {@link Session} or {@link Schema} throws on purpose. */
public class RelataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RelataException(String message) {
    super(message);
  }

  public RelataException(String message, Throwable cause) {
    super(message, cause);
  }
}
