package org.relata.runtime;

/**
 * The session's connection broke during a flush or a commit. The database rolled back the whole
 * transaction, so nothing since the last commit was kept; the session made those changes pending
 * again in memory. The session cannot continue: close it, and add the objects to a new session (or
 * redo the work) to write them.
 */
public final class ConnectionLostException extends RelataException {
  private static final long serialVersionUID = 1L;

  ConnectionLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
