package org.relata.bench;

import java.util.Arrays;

/**
 * How hard to measure: the quick mode keeps every comparison but cuts repetitions and sizes so that
 * a smoke run takes a couple of minutes; the full mode is what RESULTS.md should come from.
 *
 * @param quick whether this is the quick (smoke) mode
 * @param warmups untimed repetitions of each database variant before the timed ones, at least
 * @param warmupMillis untimed time each database variant runs before the timed repetitions, at
 *     least, so that a workload of a millisecond warms up as well as one of a second
 * @param repetitions timed repetitions of each database variant; the median is reported
 * @param compileWarmups untimed forked javac runs per variant, at sizes below {@link
 *     #LARGE_COMPILE_SIZE}
 * @param compileRepetitions timed forked javac runs per variant
 * @param jmhWarmups JMH warm-up iterations
 * @param jmhIterations JMH measurement iterations; the median iteration is reported
 * @param jmhMillis length of one JMH iteration in milliseconds
 * @param jmhForks JMH forks per benchmark
 * @param compileSizes the entity counts of the synthetic models to compile
 * @param compilePregenerated whether to also time javac on the Relata model plus its generated
 *     sources without the processor (slow; left out of the quick mode)
 */
public record Mode(
    boolean quick,
    int warmups,
    int warmupMillis,
    int repetitions,
    int compileWarmups,
    int compileRepetitions,
    int jmhWarmups,
    int jmhIterations,
    int jmhMillis,
    int jmhForks,
    int[] compileSizes,
    boolean compilePregenerated) {

  /** The quick (smoke) mode. */
  public static Mode quickMode() {
    return new Mode(true, 1, 300, 3, 0, 1, 2, 3, 200, 1, new int[] {100}, false);
  }

  /**
   * From this many entities on, the compile comparison makes no warm-up run: a round of every
   * variant takes over a minute there, and the smaller sizes have already warmed the file cache.
   */
  public static final int LARGE_COMPILE_SIZE = 2000;

  /** The full mode. */
  public static Mode fullMode() {
    return new Mode(
        false, 3, 3000, 7, 1, 3, 5, 7, 1000, 2, new int[] {100, 500, LARGE_COMPILE_SIZE}, true);
  }

  /** Untimed forked javac runs per variant at {@code entities} entities. */
  public int compileWarmupsAt(int entities) {
    return entities >= LARGE_COMPILE_SIZE ? 0 : compileWarmups;
  }

  /**
   * This mode with the compile comparison's sizes taken from {@code csv} (e.g. {@code 500,2000}),
   * or unchanged when {@code csv} is null or blank.
   */
  public Mode withCompileSizes(String csv) {
    if (csv == null || csv.isBlank()) {
      return this;
    }
    int[] sizes =
        Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    for (int n : sizes) {
      if (n <= 0 || n % 5 != 0) {
        throw new IllegalArgumentException(
            "bench.compileSizes: each size must be a positive multiple of 5 entities, not " + n);
      }
    }
    return new Mode(
        quick,
        warmups,
        warmupMillis,
        repetitions,
        compileWarmups,
        compileRepetitions,
        jmhWarmups,
        jmhIterations,
        jmhMillis,
        jmhForks,
        sizes,
        compilePregenerated);
  }

  /** A label for the report. */
  public String label() {
    return quick ? "QUICK mode (few repetitions: smoke figures, not for quoting)" : "full mode";
  }
}
