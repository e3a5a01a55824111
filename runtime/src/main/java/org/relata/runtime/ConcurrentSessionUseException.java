package org.relata.runtime;

/**
 * A second thread called a session while a call of another thread was still running in it. A
 * session is not thread-safe: the call that found the other one running did nothing, and the
 * running call goes on undisturbed. Give each thread a session of its own.
 */
public final class ConcurrentSessionUseException extends RelataException {
  private static final long serialVersionUID = 1L;

  ConcurrentSessionUseException(String message) {
    super(message);
  }
}
