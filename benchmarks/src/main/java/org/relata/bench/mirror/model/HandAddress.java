package org.relata.bench.mirror.model;

/** The owning side of the hand-written baseline: a plain field with a plain setter. */
public final class HandAddress {
  private HandCustomer customer;

  public HandCustomer getCustomer() {
    return customer;
  }

  public void setCustomer(HandCustomer customer) {
    this.customer = customer;
  }
}
