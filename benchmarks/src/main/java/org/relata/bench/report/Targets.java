package org.relata.bench.report;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The targets of issue 7, checked against the figures of the same run: each comparison adds the
 * checks it can make, and the harness prints them as one table after the others.
 */
public final class Targets {
  public static final String FLUSH = "Association flush within 1.3x of hand-written JDBC batches";
  public static final String REMOVE_ONE = "Remove 1 of 1,000 in 1 statement";
  public static final String LOADING = "Loading within 1.5x of hand-written jOOQ";
  public static final String FINDER = "Repository finder within 1.2x of hand-written jOOQ";
  public static final String MIRRORING = "Mirroring at most 2x hand-written helpers";
  public static final String PROCESSOR_VS_HIBERNATE =
      "Relata processor overhead no larger than Hibernate's";
  public static final String PROCESSOR_VS_JAVAC =
      "Relata processor at most 1.5x plain javac (aspiration)";

  private final Section section =
      new Section("Targets, checked against this run", "Target", "Where", "Measured", "Met?");
  private final Set<String> missed = new LinkedHashSet<>();
  private int checked;

  /** Records a check of a ratio against its limit. */
  public void ratioAtMost(String target, String where, double ratio, double limit) {
    check(
        target,
        where,
        String.format(Locale.ROOT, "%.2fx (limit %.2fx)", ratio, limit),
        ratio <= limit);
  }

  /** Records a check whose outcome the caller decided. */
  public void check(String target, String where, String measured, boolean met) {
    section.row(target, where, measured, met ? "yes" : "NO");
    checked++;
    if (!met) {
      missed.add(target);
    }
  }

  /** Records a target that this run could not check, with the reason. */
  public void unchecked(String target, String where, String why) {
    section.row(target, where, why, "not checked");
  }

  public Section section() {
    section.note(
        "Timing targets in QUICK mode rest on very few repetitions; only a full run's verdicts count.");
    section.note(
        "The next table gives the profiled cause of every target missed in this run;"
            + " benchmarks/NOTES.md has the profiles, what was changed, and the figures before and after.");
    return section;
  }

  /** The profiled cause of each target that this run missed, once per target. */
  public Section missedSection() {
    Section causes = new Section("Why targets are missed", "Target", "Cause, as profiled");
    for (String target : missed) {
      causes.row(target, MissedTargets.cause(target));
    }
    if (checked == 0) {
      causes.note("No target was checked in this run.");
    } else if (missed.isEmpty()) {
      causes.note("Every target checked in this run was met.");
    }
    return causes;
  }
}
