package org.relata.it.session;

/** A database that every session test runs against. */
public enum Backend {
  H2,
  POSTGRES
}
