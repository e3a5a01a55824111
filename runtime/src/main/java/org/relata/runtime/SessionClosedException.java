package org.relata.runtime;

/** A closed session was asked to do something. */
public final class SessionClosedException extends RelataException {
  private static final long serialVersionUID = 1L;

  SessionClosedException(String message) {
    super(message);
  }
}
