package org.relata.it.session;

/**
 * The reliability tests' two modes: the default one, which fits in the normal build, and a longer
 * one, chosen with {@code -Drelata.reliability=long}, with more rounds and more flushes.
 */
final class Reliability {
  /** Whether the long mode is on. */
  static final boolean LONG = "long".equals(System.getProperty("relata.reliability"));

  private Reliability() {}

  /** {@code normal} in the default mode, {@code long} in the long one. */
  static int choose(int normal, int longer) {
    return LONG ? longer : normal;
  }
}
