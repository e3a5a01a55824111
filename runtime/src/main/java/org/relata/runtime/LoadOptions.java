package org.relata.runtime;

import java.util.ArrayList;
import java.util.List;
import org.relata.Lazy;
import org.relata.runtime.meta.Relationship;

/**
 * The relationships that one query loads with its results beyond their own {@code lazy}: those
 * joined into its statement, and those read afterwards with one {@code IN} statement each.
 */
record LoadOptions(List<Relationship<?, ?>> joined, List<Relationship<?, ?>> selectin) {
  static final LoadOptions NONE = new LoadOptions(List.of(), List.of());

  LoadOptions {
    joined = List.copyOf(joined);
    selectin = List.copyOf(selectin);
  }

  boolean isEmpty() {
    return joined.isEmpty() && selectin.isEmpty();
  }

  /** These options and {@code r} loaded {@code how}; a later option for r replaces an earlier. */
  LoadOptions with(Relationship<?, ?> r, Lazy how) {
    List<Relationship<?, ?>> j = new ArrayList<>(joined);
    List<Relationship<?, ?>> s = new ArrayList<>(selectin);
    j.remove(r);
    s.remove(r);
    switch (how) {
      case JOINED -> j.add(r);
      case SELECTIN -> s.add(r);
      default ->
          throw new IllegalArgumentException(
              "A query can load " + r + " JOINED or SELECTIN; SELECT is what it does unasked");
    }
    return new LoadOptions(j, s);
  }

  @Override
  public String toString() {
    return (joined.isEmpty() ? "" : " joined " + joined)
        + (selectin.isEmpty() ? "" : " selectin " + selectin);
  }
}
