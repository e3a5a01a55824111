package org.relata.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Medians, ratios and the Markdown tables that RESULTS.md is made of. */
class ReportTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Figures.median(new double[] {9, 1, 3}));
    assertEquals(2.5, Figures.median(new double[] {4, 1, 3, 2}));
    assertThrows(IllegalArgumentException.class, () -> Figures.median(new double[0]));
  }

  @Test
  void ratioAndUnits() {
    assertEquals("1.50x", Figures.ratio(3, 2));
    assertEquals("0.25 ms", Figures.millis(250_000));
    assertEquals("1,000", Figures.count(1000));
    assertEquals("1.50 \u00b5s", Figures.micros(1500));
    assertEquals("1,234 \u00b5s", Figures.micros(1_234_000));
  }

  @Test
  void tablesAreAlignedMarkdownWithNotes() {
    Report report = new Report("cmd", "quick");
    report.add(new Section("T", "a", "bb").row("long cell", "1").note("a note"));
    String tables = report.tables();
    assertTrue(
        tables.contains("| a         | bb  |\n| --------- | --- |\n| long cell | 1   |\n"), tables);
    assertTrue(tables.contains("- a note"), tables);
    assertTrue(report.document().contains("- Command: `cmd`"));
  }

  @Test
  void everyMissedTargetIsListedOnceWithItsProfiledCause() {
    Targets targets = new Targets();
    targets.ratioAtMost(Targets.LOADING, "H2", 1.2, 1.5);
    targets.ratioAtMost(Targets.FLUSH, "H2, 10,000 links", 1.46, 1.3);
    targets.ratioAtMost(Targets.FLUSH, "H2, remove 1", 9.9, 1.3);
    targets.check(Targets.PROCESSOR_VS_HIBERNATE, "500 entities", "6.7x vs 2.7x", false);
    Section causes = targets.missedSection();
    assertEquals(2, causes.rows().size(), causes.rows().toString());
    assertEquals(Targets.FLUSH, causes.rows().get(0).get(0));
    assertTrue(causes.rows().get(0).get(1).contains("unit of work"), causes.rows().toString());
    assertEquals(Targets.PROCESSOR_VS_HIBERNATE, causes.rows().get(1).get(0));
  }

  @Test
  void everyTargetHasAProfiledCause() {
    for (String target :
        new String[] {
          Targets.FLUSH,
          Targets.REMOVE_ONE,
          Targets.LOADING,
          Targets.MIRRORING,
          Targets.PROCESSOR_VS_HIBERNATE,
          Targets.PROCESSOR_VS_JAVAC
        }) {
      assertTrue(!MissedTargets.cause(target).startsWith("Not profiled"), target);
    }
    Targets none = new Targets();
    none.ratioAtMost(Targets.LOADING, "H2", 1.2, 1.5);
    assertEquals(0, none.missedSection().rows().size());
    assertTrue(none.missedSection().notes().contains("Every target checked in this run was met."));
    Targets unchecked = new Targets();
    unchecked.unchecked(Targets.PROCESSOR_VS_JAVAC, "2000 entities", "not measured in this run");
    assertEquals(
        java.util.List.of("No target was checked in this run."), unchecked.missedSection().notes());
  }

  @Test
  void aRowMustFillEveryColumn() {
    Section s = new Section("T", "a", "b");
    assertThrows(IllegalArgumentException.class, () -> s.row("only one"));
  }

  @Test
  void targetsSayWhetherTheyWereMet() {
    Targets t = new Targets();
    t.ratioAtMost("x", "here", 1.2, 1.3);
    t.ratioAtMost("y", "there", 1.4, 1.3);
    assertEquals("yes", t.section().rows().get(0).get(3));
    assertEquals("NO", t.section().rows().get(1).get(3));
  }
}
