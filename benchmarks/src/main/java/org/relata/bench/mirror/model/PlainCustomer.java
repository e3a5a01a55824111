package org.relata.bench.mirror.model;

import java.util.ArrayList;
import java.util.List;

/** The floor: a bare list with no mirroring at all; callers set the address's field themselves. */
public final class PlainCustomer {
  public final List<PlainAddress> addresses = new ArrayList<>();
}
