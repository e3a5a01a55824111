package org.relata.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.relata.bench.compile.CompileComparison;
import org.relata.bench.db.Databases;
import org.relata.bench.db.finders.FindersComparison;
import org.relata.bench.db.loads.LoadsComparison;
import org.relata.bench.db.writes.WritesComparison;
import org.relata.bench.mirror.MirrorComparison;
import org.relata.bench.report.Report;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/**
 * Runs every comparison side by side in one JVM session, prints one table per comparison and writes
 * the same tables to RESULTS.md.
 *
 * <p>System properties: {@code bench.quick} (true for the smoke mode), {@code bench.only} (comma
 * separated comparison names, or {@code all}), {@code bench.compileSizes} (comma separated entity
 * counts for the compile comparison, instead of the mode's) and {@code bench.out} (the Markdown
 * file to write).
 */
public final class Harness {
  private Harness() {}

  public static void main(String[] args) throws Exception {
    boolean quick = Boolean.getBoolean("bench.quick");
    String compileSizes = System.getProperty("bench.compileSizes", "");
    Mode mode = (quick ? Mode.quickMode() : Mode.fullMode()).withCompileSizes(compileSizes);
    String only = System.getProperty("bench.only", "all");
    Set<String> selected =
        Arrays.stream(only.split(",")).map(String::trim).collect(Collectors.toSet());

    List<Comparison> comparisons =
        List.of(
            new CompileComparison(),
            new MirrorComparison(),
            new WritesComparison(),
            new LoadsComparison(),
            new FindersComparison());
    Report report = new Report(command(quick, only, compileSizes), mode.label());
    List<String> failures = new ArrayList<>();
    Targets targets = new Targets();
    for (Comparison c : comparisons) {
      if (!selected.contains("all") && !selected.contains(c.name())) {
        continue;
      }
      System.out.println("[bench] running " + c.name() + " (" + mode.label() + ")");
      long start = System.nanoTime();
      try {
        for (Section s : c.run(mode, targets)) {
          report.add(s);
        }
      } catch (Exception | LinkageError e) {
        // A comparison that fails is reported as failed, never as a figure, and fails the run.
        e.printStackTrace();
        failures.add(c.name() + ": " + e);
        String message = String.valueOf(e);
        report.add(
            new Section("FAILED: " + c.name(), "error")
                .row(message.length() > 300 ? message.substring(0, 300) + "..." : message));
      }
      System.out.printf("[bench] %s took %.0f s%n", c.name(), (System.nanoTime() - start) / 1e9);
    }
    Databases.closeAll();
    report.add(targets.section());
    report.add(targets.missedSection());
    report.print(System.out);
    String out = System.getProperty("bench.out");
    if (out != null && !out.isBlank()) {
      report.write(Path.of(out));
      System.out.println("[bench] wrote " + out);
    }
    if (!failures.isEmpty()) {
      System.err.println("[bench] FAILED: " + failures);
      System.exit(1);
    }
  }

  /** The command that reproduces this run, recorded in RESULTS.md. */
  private static String command(boolean quick, String only, String compileSizes) {
    return "mvn -Pbenchmarks -pl benchmarks -am verify -DskipTests"
        + (quick ? " -Dbench.quick=true" : "")
        + ("all".equals(only) ? "" : " -Dbench.only=" + only)
        + (compileSizes.isBlank() ? "" : " -Dbench.compileSizes=" + compileSizes.trim());
  }
}
