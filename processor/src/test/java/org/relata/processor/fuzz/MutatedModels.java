package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.relata.processor.fuzz.FuzzCompiler.Finding;
import org.relata.processor.fuzz.FuzzCompiler.Result;

/**
 * The mutated models of a campaign. Each must fail with a Relata error on one of its elements that
 * names its mistake, and must not crash the processor. They are compiled in batches: Relata reports
 * every mistake of a compilation, so each model's errors show in its own files. A model whose batch
 * crashed, or whose mistake the batch did not show, is compiled alone, and that compilation gives
 * the verdict. A share of the models runs under ecj, each alone.
 */
final class MutatedModels {
  private final ProcessorFuzzer.Settings settings;
  private final FuzzCompiler javac;
  private final EcjRun ecj;
  private final FuzzReport report;
  private final Batch<Planted> batch;

  /** A model with its planted mistake. */
  private record Planted(Planned model, Mutation kind, String change) {
    String what() {
      return model.name() + " with " + kind + ": " + change;
    }
  }

  MutatedModels(
      ProcessorFuzzer.Settings settings, FuzzCompiler javac, EcjRun ecj, FuzzReport report) {
    this.settings = settings;
    this.javac = javac;
    this.ecj = ecj;
    this.report = report;
    this.batch = new Batch<>(settings.batch(), this::compile);
  }

  void add(Planned model, Mutation kind, String change) {
    Planted p = new Planted(model, kind, change);
    if (model.index() % settings.ecjEvery() == 1) {
      report.ecjModels++;
      judge(p, ecj.compile(model.sources()), true);
      return;
    }
    batch.add(p);
  }

  /** Compiles the models still waiting. */
  void flush() {
    batch.flush();
  }

  private void compile(List<Planted> group) {
    Result together = javac.compile(Planned.together(group.stream().map(Planted::model).toList()));
    boolean crashed = !Checks.crash(together.crash(), together.findings()).isEmpty();
    for (Planted p : group) {
      Result mine = crashed ? null : only(p.model(), together);
      if (mine == null
          || !Checks.caught(p.kind(), mine.success(), mine.findings(), true).isEmpty()) {
        mine = javac.compile(p.model().sources());
      }
      judge(p, mine, false);
    }
  }

  /** The part of a batch's result that belongs to one model: the diagnostics in its files. */
  private static Result only(Planned model, Result together) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : together.findings()) {
      if (model.owns(f.file())) {
        findings.add(f);
      }
    }
    boolean failed = findings.stream().anyMatch(f -> f.kind() == Diagnostic.Kind.ERROR);
    return new Result(!failed, null, findings, Map.of());
  }

  private void judge(Planted p, Result result, boolean underEcj) {
    report.mutated++;
    String compiler = underEcj ? " under ecj" : "";
    List<String> crash = Checks.crash(result.crash(), result.findings());
    if (!crash.isEmpty()) {
      report.crashes++;
      report.mutation(p.kind(), false, List.of());
      report.fail("CRASH" + compiler + " on " + p.what(), crash, p.model().sources());
      return;
    }
    if (Checks.compilerErrors(result.findings()) > 0) {
      report.mutatedWithCompilerErrors++;
    }
    // ecj places nothing on records; the report counts those catches apart.
    boolean unplaceable = underEcj && p.model().model().mistakeOnRecord;
    List<String> problems =
        Checks.caught(p.kind(), result.success(), result.findings(), !unplaceable);
    report.mutation(p.kind(), problems.isEmpty(), result.findings());
    report.ecjUnplaced += unplaceable && problems.isEmpty() ? 1 : 0;
    if (problems.isEmpty()) {
      report.caught++;
    } else if (settings.knownGaps().contains(p.kind())) {
      report.gap(p.what() + compiler, problems);
    } else {
      report.fail("not caught" + compiler + ": " + p.what(), problems, p.model().sources());
    }
  }
}
