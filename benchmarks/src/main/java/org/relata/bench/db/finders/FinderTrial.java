package org.relata.bench.db.finders;

import org.relata.bench.db.BenchSchema;
import org.relata.bench.db.Trial;

/**
 * A finder run: {@link #measured} finds the items of {@link #CALLS} owners, one call each, and
 * reads every item's name; {@link #finish} checks the count, so that a variant that finds less
 * fails.
 */
abstract class FinderTrial implements Trial {
  /** Finder calls per timed run. */
  static final int CALLS = 100;

  private long items;

  /** The items of owner {@code ownerId}, their names' total length (so the names are read). */
  abstract int find(long ownerId) throws Exception;

  abstract void close() throws Exception;

  @Override
  public void prepare() throws Exception {
    // Most variants need nothing opened before the clock starts.
  }

  final void saw(int count) {
    items += count;
  }

  @Override
  public final void measured() throws Exception {
    for (long owner = 1; owner <= CALLS; owner++) {
      find(owner);
    }
  }

  @Override
  public final void finish() throws Exception {
    try {
      long want = (long) CALLS * BenchSchema.ITEMS_PER_OWNER;
      if (items != want) {
        throw new IllegalStateException("found " + items + " items; expected " + want);
      }
    } finally {
      close();
    }
  }
}
