package org.relata.spring.boot;

/** Thrown by a service method to make Spring roll its transaction back. */
public final class Abort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Abort(String where) {
    super("Rolled back on purpose: " + where);
  }
}
