package org.relata.bench.report;

import java.util.Locale;

/**
 * The targets of issue 7, checked against the figures of the same run: each comparison adds the
 * checks it can make, and the harness prints them as one table after the others.
 */
public final class Targets {
  private final Section section = new Section("Targets, checked against this run",
      "Target", "Where", "Measured", "Met?");

  /** Records a check of a ratio against its limit. */
  public void ratioAtMost(String target, String where, double ratio, double limit) {
    section.row(target, where, String.format(Locale.ROOT, "%.2fx (limit %.2fx)", ratio, limit),
        ratio <= limit ? "yes" : "NO");
  }

  /** Records a check whose outcome the caller decided. */
  public void check(String target, String where, String measured, boolean met) {
    section.row(target, where, measured, met ? "yes" : "NO");
  }

  /** Records a target that this run could not check, with the reason. */
  public void unchecked(String target, String where, String why) {
    section.row(target, where, why, "not checked");
  }

  public Section section() {
    section.note("Timing targets in QUICK mode rest on very few repetitions; only a full run's verdicts count.");
    section.note("benchmarks/NOTES.md explains every NO: what was profiled and what the cause is.");
    return section;
  }
}
