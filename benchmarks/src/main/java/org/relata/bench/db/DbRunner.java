package org.relata.bench.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relata.bench.Mode;
import org.relata.bench.report.Figures;

/**
 * Runs the variants of one database workload: first once each with metering on, to count statements
 * and rows, then interleaved (warm-ups, then timed repetitions, one variant after the other in each
 * round so that drift hits all alike). Warm-up lasts a minimum number of runs and a minimum time,
 * so that the JIT has compiled even a short workload's code before it is timed.
 */
public final class DbRunner {
  /** The outcome of one variant: the median time and the counts, or why there are none. */
  public record Outcome(DbVariant variant, double medianNanos, Counts counts, String problem) {
    public boolean measured() {
      return problem == null;
    }
  }

  private DbRunner() {}

  public static List<Outcome> run(
      Database db, String workload, List<DbVariant> variants, Mode mode) {
    Map<DbVariant, Counts> counts = new LinkedHashMap<>();
    Map<DbVariant, List<Double>> times = new LinkedHashMap<>();
    Map<DbVariant, String> problems = new LinkedHashMap<>();
    // The counted run comes first: it also shows whether a variant does what its label says.
    for (DbVariant v : variants) {
      if (v.trials() == null) {
        problems.put(v, v.missing());
        continue;
      }
      try {
        Counts c = countOnce(db, v.trials().get());
        counts.put(v, c);
        String wrong = v.countCheck().apply(c);
        if (wrong != null) {
          problems.put(v, wrong);
        } else {
          times.put(v, new ArrayList<>());
        }
      } catch (Exception | LinkageError e) {
        fail(db, workload, v, e, problems);
      }
    }
    // Warm-up: round-robin until every variant has run warmups() times and for warmupMillis().
    Map<DbVariant, long[]> warm = new LinkedHashMap<>();
    times.keySet().forEach(v -> warm.put(v, new long[2]));
    long warmNanos = mode.warmupMillis() * 1_000_000L;
    boolean warming = true;
    while (warming) {
      warming = false;
      for (DbVariant v : variants) {
        long[] w = warm.get(v);
        if (problems.containsKey(v) || w == null || (w[0] >= mode.warmups() && w[1] >= warmNanos)) {
          continue;
        }
        warming = true;
        long start = System.nanoTime();
        try {
          timeOnce(v.trials().get());
        } catch (Exception | LinkageError e) {
          fail(db, workload, v, e, problems);
        }
        w[0]++;
        w[1] += System.nanoTime() - start;
      }
    }
    for (int round = 0; round < mode.repetitions(); round++) {
      for (DbVariant v : variants) {
        if (problems.containsKey(v)) {
          continue;
        }
        try {
          times.get(v).add(timeOnce(v.trials().get()));
        } catch (Exception | LinkageError e) {
          fail(db, workload, v, e, problems);
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (DbVariant v : variants) {
      if (problems.containsKey(v)) {
        outcomes.add(new Outcome(v, Double.NaN, counts.get(v), problems.get(v)));
      } else {
        double median =
            Figures.median(times.get(v).stream().mapToDouble(Double::doubleValue).toArray());
        outcomes.add(new Outcome(v, median, counts.get(v), null));
        System.out.printf(
            "[bench] %s, %s, %s: %s%n", db.name(), workload, v.label(), Figures.millis(median));
      }
    }
    return outcomes;
  }

  private static void fail(
      Database db, String workload, DbVariant v, Throwable e, Map<DbVariant, String> problems) {
    System.err.println("[bench] " + db.name() + ", " + workload + ", " + v.label() + " FAILED:");
    e.printStackTrace();
    String message = String.valueOf(e.getMessage()).replace('\n', ' ').replace('|', '/');
    problems.put(
        v,
        "FAILED: "
            + e.getClass().getSimpleName()
            + ": "
            + (message.length() > 160 ? message.substring(0, 160) + "..." : message));
  }

  private static double timeOnce(Trial trial) throws Exception {
    trial.prepare();
    try {
      long start = System.nanoTime();
      trial.measured();
      return System.nanoTime() - start;
    } finally {
      trial.finish();
    }
  }

  private static Counts countOnce(Database db, Trial trial) throws Exception {
    trial.prepare();
    Counts counts;
    try {
      db.dataSource().startMetering();
      try {
        trial.measured();
      } finally {
        counts = db.dataSource().stopMetering();
      }
    } finally {
      trial.finish();
    }
    return counts;
  }
}
