package org.relata.bench.db;

/**
 * One repetition of one variant: {@link #prepare} gets ready (loads objects, opens a transaction)
 * outside the measured time, {@link #measured} is timed, and {@link #finish} puts the database back
 * the way it was (normally by rolling back), again outside the measured time.
 */
public interface Trial {
  void prepare() throws Exception;

  void measured() throws Exception;

  void finish() throws Exception;
}
