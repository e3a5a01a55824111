package org.relata.bench.db;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A way of doing a database workload (hand-written JDBC, jOOQ, Hibernate, Relata...).
 *
 * @param label the row label in the table
 * @param trials makes a fresh trial for each repetition; null when the variant cannot run yet
 * @param missing why the variant has no figures, when {@code trials} is null
 * @param countCheck looks at the counted run, which comes first, and returns why the variant must
 *     not be timed (it did not do what its label says), or null when it may
 */
public record DbVariant(
    String label, Supplier<Trial> trials, String missing, Function<Counts, String> countCheck) {
  /** A variant that runs. */
  public static DbVariant of(String label, Supplier<Trial> trials) {
    return new DbVariant(label, trials, null, c -> null);
  }

  /** A variant that has no figures yet, with the reason in place of them. */
  public static DbVariant missing(String label, String why) {
    return new DbVariant(label, null, why, c -> null);
  }

  /** This variant, timed only when {@code check} finds nothing wrong with its counted run. */
  public DbVariant checkedBy(Function<Counts, String> check) {
    return new DbVariant(label, trials, missing, check);
  }
}
