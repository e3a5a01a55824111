package org.relata.bench.mirror.model;

/** The floor's address: a bare field. */
public final class PlainAddress {
  public PlainCustomer customer;
}
