package org.relata.bench.mirror;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.relata.bench.Comparison;
import org.relata.bench.Mode;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/**
 * Comparison 3: runs {@link MirrorBenchmark} with JMH and tabulates it against the hand-written
 * helpers.
 */
public final class MirrorComparison implements Comparison {
  private static final String[] OPERATIONS = {"add", "remove", "move"};
  private static final String[][] VARIANTS = {
    {"Hand", "hand-written addAddress/removeAddress helpers (baseline)"},
    {"Relata", "Relata generated accessors (getAddresses().add/remove, setCustomer)"},
    {"Plain", "ArrayList.add/remove + field set, no mirroring"},
  };

  @Override
  public String name() {
    return "mirror";
  }

  @Override
  public List<Section> run(Mode mode, Targets targets) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(MirrorBenchmark.class.getName() + "\\.")
            .warmupIterations(mode.jmhWarmups())
            .warmupTime(TimeValue.milliseconds(mode.jmhMillis()))
            .measurementIterations(mode.jmhIterations())
            .measurementTime(TimeValue.milliseconds(mode.jmhMillis()))
            .forks(mode.jmhForks())
            .jvmArgsAppend("-Xmx1g")
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> medians = new HashMap<>();
    for (RunResult r : results) {
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          scores.add(i.getPrimaryResult().getScore());
        }
      }
      String method = r.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      medians.put(
          method, Figures.median(scores.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    Section section =
        new Section(
            "In-memory mirroring, JMH (comparison 3)", "Operation", "Variant", "time", "ratio");
    for (String op : OPERATIONS) {
      double base = need(medians, op + VARIANTS[0][0]);
      for (String[] v : VARIANTS) {
        double t = need(medians, op + v[0]);
        section.row(op, v[1], Figures.nanosPerOp(t), Figures.ratio(t, base));
      }
      targets.ratioAtMost(Targets.MIRRORING, op, need(medians, op + "Relata") / base, 2.0);
    }
    section.note(
        "Each operation runs over 100 customers with 10 addresses each (1,000 per invocation,"
            + " objects rebuilt outside the measured time); time is per single add, remove or move.");
    section.note(
        "move = address.setCustomer(other) in Relata; oldCustomer.removeAddress(a) then"
            + " other.addAddress(a) by hand; the plain floor only adds to the new list and sets the field,"
            + " leaving the old list stale.");
    section.note(
        "JMH "
            + mode.jmhForks()
            + " fork(s), "
            + mode.jmhWarmups()
            + " warm-up and "
            + mode.jmhIterations()
            + " measured iterations of "
            + mode.jmhMillis()
            + " ms; the figure is the median measured iteration.");
    return List.of(section);
  }

  private static double need(Map<String, Double> medians, String method) {
    Double d = medians.get(method);
    if (d == null) {
      throw new IllegalStateException(
          "JMH produced no result for " + method + "; have " + medians.keySet());
    }
    return d;
  }
}
