package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The fuzzer's tallies, the problems it found, and the summary it prints. */
final class FuzzReport {
  /** Problems shown with their model's full sources; the rest are listed by line. */
  private static final int SHOWN_WITH_SOURCES = 2;

  int models;
  int crashes;
  int valid;
  int validClean;
  int mutated;
  int caught;
  int determinismChecks;
  int ecjModels;
  int ecjSameSources;
  int mutatedWithCompilerErrors;

  /** Mistakes on records that ecj reported without a position. */
  int ecjUnplaced;

  /** The features of the valid models. */
  final Coverage coverage = new Coverage();

  /** Where the time went. */
  String timing = "";

  private final Map<Mutation, int[]> perMutation = new EnumMap<>(Mutation.class);

  /** A compiler error (not Relata's) that a mutation kind brought along, as an example. */
  private final Map<Mutation, String> noise = new EnumMap<>(Mutation.class);

  /** The Relata ids each mutation kind was reported with. */
  private final Map<Mutation, Set<String>> idsPerMutation = new EnumMap<>(Mutation.class);

  private final List<String> failures = new ArrayList<>();
  private final List<String> gaps = new ArrayList<>();
  private int shownWithSources;

  /**
   * Counts one planted mistake of {@code kind}, whether it was caught, and the Relata ids reported.
   */
  void mutation(Mutation kind, boolean wasCaught, List<FuzzCompiler.Finding> findings) {
    int[] counts = perMutation.computeIfAbsent(kind, k -> new int[3]);
    counts[0]++;
    counts[1] += wasCaught ? 1 : 0;
    counts[2] += Checks.compilerErrors(findings) > 0 ? 1 : 0;
    findings.stream()
        .filter(f -> f.kind() == javax.tools.Diagnostic.Kind.ERROR && !f.isRelata())
        .findFirst()
        .ifPresent(f -> noise.putIfAbsent(kind, f.message().lines().findFirst().orElse("")));
    Set<String> ids = idsPerMutation.computeIfAbsent(kind, k -> new TreeSet<>());
    findings.stream()
        .filter(f -> f.kind() == kind.severity() && f.isRelata())
        .forEach(f -> ids.add(f.relataId()));
  }

  /** A problem that fails the test, shown with the sources of its model the first few times. */
  void fail(String what, List<String> problems, Map<String, String> sources) {
    StringBuilder text = new StringBuilder(what);
    problems.forEach(p -> text.append("\n    ").append(p));
    if (shownWithSources++ < SHOWN_WITH_SOURCES) {
      sources.forEach(
          (path, source) -> text.append("\n  --- ").append(path).append('\n').append(source));
    }
    failures.add(text.toString());
  }

  /** A mutation kind that is not enabled yet was not caught: reported, but not a failure. */
  void gap(String what, List<String> problems) {
    gaps.add(what + " " + problems);
  }

  List<String> failures() {
    return failures;
  }

  /** The summary line that issue 8 asks for, and the details under it. */
  String summary(long millis, Set<Mutation> knownGaps) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "processor fuzzing: %d models, %d crashes, %d mistakes caught%n",
            models, crashes, caught));
    out.append(
        String.format(
            "  valid: %d of %d compiled clean, generated code included; %d compiled twice, byte-identical%n",
            validClean, valid, determinismChecks));
    out.append(
        String.format(
            "  mutated: %d of %d caught with a placed Relata error (%d also got compiler errors)%n",
            caught, mutated, mutatedWithCompilerErrors));
    out.append(
        String.format(
            "  ecj: %d models, %d valid ones generating the same sources as javac,"
                + " %d mistakes on records caught without a position (ecj places nothing on records)%n",
            ecjModels, ecjSameSources, ecjUnplaced));
    out.append(String.format("  %d s: %s%n", millis / 1000, timing));
    out.append("  valid models per feature: ").append(coverage).append('\n');
    perMutation.forEach(
        (kind, counts) ->
            out.append(
                String.format(
                    "    %-30s %4d planted, %4d caught%s, reported as %s%s%n",
                    kind,
                    counts[0],
                    counts[1],
                    knownGaps.contains(kind) ? " (known gap)" : "",
                    idsPerMutation.get(kind),
                    counts[2] == 0
                        ? ""
                        : "; "
                            + counts[2]
                            + " with compiler errors too, such as: "
                            + noise.get(kind))));
    if (!knownGaps.isEmpty()) {
      out.append("  known gaps (mutation kinds not required to be caught yet): ")
          .append(knownGaps)
          .append('\n');
      gaps.stream().limit(5).forEach(g -> out.append("    gap: ").append(g).append('\n'));
    }
    return out.toString();
  }
}
