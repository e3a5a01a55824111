package org.relata.bench.mirror.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written baseline: the addX/removeX helpers that JPA users write to keep both sides in
 * step.
 */
public final class HandCustomer {
  private final List<HandAddress> addresses = new ArrayList<>();

  public List<HandAddress> getAddresses() {
    return addresses;
  }

  public void addAddress(HandAddress address) {
    addresses.add(address);
    address.setCustomer(this);
  }

  public void removeAddress(HandAddress address) {
    addresses.remove(address);
    address.setCustomer(null);
  }
}
