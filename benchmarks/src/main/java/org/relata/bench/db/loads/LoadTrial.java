package org.relata.bench.db.loads;

import org.relata.bench.db.BenchSchema;
import org.relata.bench.db.Trial;

/**
 * A loading run: {@link #measured} loads every owner with its items and touches every item; the
 * count of what it saw is checked in {@link #finish}, so that a variant that loads less fails.
 */
abstract class LoadTrial implements Trial {
  private long owners;
  private long items;

  /** Loads, walks every owner's items, and records what it saw through {@link #saw}. */
  abstract void load() throws Exception;

  /** Releases whatever {@link #prepare} opened. */
  abstract void close() throws Exception;

  @Override
  public void prepare() throws Exception {
    // Most variants need nothing opened before the clock starts.
  }

  final void saw(long ownerCount, long itemCount) {
    owners += ownerCount;
    items += itemCount;
  }

  @Override
  public final void measured() throws Exception {
    load();
  }

  @Override
  public final void finish() throws Exception {
    try {
      long wantItems = (long) BenchSchema.OWNERS * BenchSchema.ITEMS_PER_OWNER;
      if (owners != BenchSchema.OWNERS || items != wantItems) {
        throw new IllegalStateException(
            "loaded "
                + owners
                + " owners and "
                + items
                + " items; expected "
                + BenchSchema.OWNERS
                + " and "
                + wantItems);
      }
    } finally {
      close();
    }
  }
}
