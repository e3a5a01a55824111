package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relata.processor.fuzz.FuzzCompiler.Result;

/**
 * The valid models of a campaign: compiled in batches, each batch twice (the second time with its
 * sources in reverse order) to prove the generated sources byte-identical, and a share under ecj,
 * whose generated sources must equal javac's.
 */
final class ValidModels {
  private final ProcessorFuzzer.Settings settings;
  private final FuzzCompiler javac;
  private final EcjRun ecj;
  private final FuzzReport report;
  private final Batch<Planned> batch;

  ValidModels(
      ProcessorFuzzer.Settings settings, FuzzCompiler javac, EcjRun ecj, FuzzReport report) {
    this.settings = settings;
    this.javac = javac;
    this.ecj = ecj;
    this.report = report;
    this.batch = new Batch<>(settings.batch(), this::compile);
  }

  /**
   * Adds a valid model to the batch. Models of one batch must not share a table name between an
   * association table and an entity: Relata rightly warns when two classes write one table.
   */
  void add(Planned p) {
    report.coverage.add(p.model());
    for (Planned other : batch.waiting()) {
      if (Checks.shareTables(p.model(), other.model())) {
        batch.flush();
        break;
      }
    }
    batch.add(p);
  }

  /** Compiles the models still waiting. */
  void flush() {
    batch.flush();
  }

  private void compile(List<Planned> group) {
    Map<String, String> sources = Planned.together(group);
    List<ModelSpec> models = group.stream().map(Planned::model).toList();
    Result first = javac.compile(sources);
    List<String> problems = new ArrayList<>(Checks.crash(first.crash(), first.findings()));
    if (problems.isEmpty()) {
      problems.addAll(
          Checks.clean(models, first.success(), first.findings(), first.generatedSources()));
    }
    if (problems.isEmpty()) {
      report.valid += group.size();
      report.validClean += group.size();
      deterministic(group, sources, first.generatedSources());
      for (Planned p : group) {
        underEcj(p, first.generatedSources());
      }
    } else {
      // Compile each model alone, so that the failure is pinned to one model and its seed.
      int before = report.failures().size();
      for (Planned p : group) {
        validAlone(p);
      }
      if (report.failures().size() == before) {
        report.fail(
            "models that are clean alone fail together, from " + group.get(0).name(),
            problems,
            sources);
      }
    }
  }

  private void validAlone(Planned p) {
    report.valid++;
    Result result = javac.compile(p.sources());
    List<String> crash = Checks.crash(result.crash(), result.findings());
    if (!crash.isEmpty()) {
      report.crashes++;
      report.fail("CRASH on valid " + p.name(), crash, p.sources());
      return;
    }
    List<String> problems =
        Checks.clean(
            List.of(p.model()), result.success(), result.findings(), result.generatedSources());
    if (problems.isEmpty()) {
      report.validClean++;
      underEcj(p, result.generatedSources());
    } else {
      report.fail("valid " + p.name() + " did not compile clean", problems, p.sources());
    }
  }

  /** The same sources in the reverse order must give byte-identical generated sources. */
  private void deterministic(
      List<Planned> group, Map<String, String> sources, Map<String, String> generated) {
    List<String> paths = new ArrayList<>(sources.keySet());
    Collections.reverse(paths);
    Map<String, String> reversed = new LinkedHashMap<>();
    paths.forEach(path -> reversed.put(path, sources.get(path)));
    Result again = javac.compile(reversed);
    report.determinismChecks += group.size();
    if (!again.generatedSources().equals(generated)) {
      report.fail(
          "generated sources differ between two compilations of "
              + group.get(0).name()
              + " and its group",
          differences(generated, again.generatedSources()),
          group.get(0).sources());
    }
  }

  /** Compiles a share of the valid models under ecj too: clean, and the same sources as javac's. */
  private void underEcj(Planned p, Map<String, String> javacGenerated) {
    if (p.index() % settings.ecjEvery() != 0) {
      return;
    }
    report.ecjModels++;
    Result result = ecj.compile(p.sources());
    List<String> problems = new ArrayList<>(Checks.crash(result.crash(), result.findings()));
    if (!problems.isEmpty()) {
      report.crashes++;
      report.fail("CRASH under ecj on valid " + p.name(), problems, p.sources());
      return;
    }
    problems.addAll(
        Checks.clean(
            List.of(p.model()), result.success(), result.findings(), result.generatedSources()));
    Map<String, String> mine = new TreeMap<>(javacGenerated);
    String sourceDir = p.model().root.replace('.', '/') + "/";
    String resourcePrefix = "META-INF/relata/" + p.model().root + ".";
    mine.keySet().removeIf(path -> !path.startsWith(sourceDir) && !path.startsWith(resourcePrefix));
    if (mine.equals(result.generatedSources())) {
      report.ecjSameSources++;
    } else {
      problems.add("ecj and javac generate different sources:");
      problems.addAll(differences(mine, result.generatedSources()));
    }
    if (!problems.isEmpty()) {
      report.fail("valid " + p.name() + " under ecj", problems, p.sources());
    }
  }

  private static List<String> differences(Map<String, String> a, Map<String, String> b) {
    List<String> out = new ArrayList<>();
    for (String path : new TreeSet<>(a.keySet())) {
      if (!a.get(path).equals(b.get(path))) {
        out.add(
            path
                + (b.containsKey(path)
                    ? " differs:\n" + a.get(path) + "\n  versus\n" + b.get(path)
                    : " missing"));
      }
    }
    b.keySet().stream()
        .filter(path -> !a.containsKey(path))
        .forEach(path -> out.add(path + " only in the second"));
    return out;
  }
}
