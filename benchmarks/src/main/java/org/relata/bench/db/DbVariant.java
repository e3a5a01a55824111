package org.relata.bench.db;

/**
 * A way of doing a database workload (hand-written JDBC, jOOQ, Hibernate, Relata...).
 *
 * @param label the row label in the table
 * @param trials makes a fresh trial for each repetition; null when the variant cannot run yet
 * @param missing why the variant has no figures, when {@code trials} is null
 */
public record DbVariant(String label, java.util.function.Supplier<Trial> trials, String missing) {
  /** A variant that runs. */
  public static DbVariant of(String label, java.util.function.Supplier<Trial> trials) {
    return new DbVariant(label, trials, null);
  }

  /** A variant that has no figures yet, with the reason in place of them. */
  public static DbVariant missing(String label, String why) {
    return new DbVariant(label, null, why);
  }
}
