package org.relata.processor.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.relata.processor.fuzz.FuzzCompiler.Result;

/**
 * Runs the fuzzing campaign: every other model is valid, the rest carry one planted mistake, in
 * turn of each {@link Mutation} kind. Valid models are compiled in batches, each in its own
 * packages, and each batch twice to prove the output deterministic; a share of all models runs
 * under ecj too.
 */
final class ProcessorFuzzer {
  /** The settings of one campaign. */
  record Settings(
      int models, long seed, int maxEntities, int batch, int ecjEvery, Set<Mutation> knownGaps, int only) {}

  private final Settings settings;
  private final FuzzCompiler javac;
  private final EcjRun ecj;
  private final FuzzReport report = new FuzzReport();
  private final List<Planned> batch = new ArrayList<>();

  ProcessorFuzzer(Settings settings, FuzzCompiler javac, Path ecjFolder) {
    this.settings = settings;
    this.javac = javac;
    this.ecj = new EcjRun(ecjFolder);
  }

  /** A generated model, its seed and its sources. */
  private record Planned(int index, long seed, ModelSpec model, Map<String, String> sources) {
    String name() {
      return "model " + index + " (seed " + seed + ")";
    }
  }

  FuzzReport run() {
    for (int i = 0; i < settings.models(); i++) {
      if (settings.only() >= 0 && i != settings.only()) {
        continue;
      }
      long seed = new Random(settings.seed() * 31 + i).nextLong();
      report.models++;
      if (i % 2 == 0) {
        valid(plan(i, seed, generate(seed, i)));
      } else {
        mutated(i, seed);
      }
    }
    compileValidBatch();
    report.timing = javac.timing() + ", " + ecj.timing();
    return report;
  }

  private ModelSpec generate(long seed, int index) {
    return ModelGenerator.generate(seed, "fz.m" + index, settings.maxEntities());
  }

  private Planned plan(int index, long seed, ModelSpec model) {
    Planned p = new Planned(index, seed, model, SourceWriter.sources(model));
    if (settings.only() == index) {
      p.sources().forEach((path, source) -> System.out.println("--- " + path + "\n" + source));
    }
    return p;
  }

  // ---- valid models ------------------------------------------------------------------------

  /**
   * Adds a valid model to the batch. Models of one batch must not share a table name between an
   * association table and an entity: Relata rightly warns when two classes write one table.
   */
  private void valid(Planned p) {
    report.coverage.add(p.model());
    for (Planned other : batch) {
      if (Checks.shareTables(p.model(), other.model())) {
        compileValidBatch();
        break;
      }
    }
    batch.add(p);
    if (batch.size() == settings.batch()) {
      compileValidBatch();
    }
  }

  private void compileValidBatch() {
    if (batch.isEmpty()) {
      return;
    }
    Map<String, String> sources = new TreeMap<>();
    List<ModelSpec> models = new ArrayList<>();
    for (Planned p : batch) {
      sources.putAll(p.sources());
      models.add(p.model());
    }
    Result first = javac.compile(sources);
    List<String> problems = new ArrayList<>(Checks.crash(first.crash(), first.findings()));
    if (problems.isEmpty()) {
      problems.addAll(Checks.clean(models, first.success(), first.findings(), first.generatedSources()));
    }
    if (problems.isEmpty()) {
      report.valid += batch.size();
      report.validClean += batch.size();
      deterministic(sources, first.generatedSources());
      for (Planned p : batch) {
        underEcj(p, first.generatedSources());
      }
    } else {
      // Compile each model alone, so that the failure is pinned to one model and its seed.
      int before = report.failures().size();
      for (Planned p : batch) {
        validAlone(p);
      }
      if (report.failures().size() == before) {
        report.fail("models that are clean alone fail together, from " + batch.get(0).name(), problems, sources);
      }
    }
    batch.clear();
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
    List<String> problems = Checks.clean(List.of(p.model()), result.success(), result.findings(), result.generatedSources());
    if (problems.isEmpty()) {
      report.validClean++;
      underEcj(p, result.generatedSources());
    } else {
      report.fail("valid " + p.name() + " did not compile clean", problems, p.sources());
    }
  }

  /** The same sources in the reverse order must give byte-identical generated sources. */
  private void deterministic(Map<String, String> sources, Map<String, String> generated) {
    List<String> paths = new ArrayList<>(sources.keySet());
    Collections.reverse(paths);
    Map<String, String> reversed = new LinkedHashMap<>();
    paths.forEach(path -> reversed.put(path, sources.get(path)));
    Result again = javac.compile(reversed);
    report.determinismChecks += batch.size();
    if (!again.generatedSources().equals(generated)) {
      report.fail(
          "generated sources differ between two compilations of " + batch.get(0).name() + " and its batch",
          differences(generated, again.generatedSources()),
          batch.get(0).sources());
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
    problems.addAll(Checks.clean(List.of(p.model()), result.success(), result.findings(), result.generatedSources()));
    Map<String, String> mine = new TreeMap<>(javacGenerated);
    mine.keySet().removeIf(path -> !path.startsWith(p.model().root.replace('.', '/') + "/"));
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
    for (String path : new java.util.TreeSet<>(a.keySet())) {
      if (!a.get(path).equals(b.get(path))) {
        out.add(path + (b.containsKey(path) ? " differs:\n" + a.get(path) + "\n  versus\n" + b.get(path) : " missing"));
      }
    }
    b.keySet().stream().filter(path -> !a.containsKey(path)).forEach(path -> out.add(path + " only in the second"));
    return out;
  }

  // ---- mutated models ----------------------------------------------------------------------

  private void mutated(int index, long seed) {
    Mutation[] kinds = Mutation.values();
    int start = (index / 2) % kinds.length;
    Random random = new Random(seed ^ 0x5DEECE66DL);
    for (int k = 0; k < kinds.length; k++) {
      Mutation kind = kinds[(start + k) % kinds.length];
      ModelSpec model = generate(seed, index);
      String change = kind.apply(model, random);
      if (change != null) {
        check(plan(index, seed, model), kind, change);
        return;
      }
    }
    throw new AssertionError("no mutation fits model " + index);
  }

  private void check(Planned p, Mutation kind, String change) {
    report.mutated++;
    String what = p.name() + " with " + kind + ": " + change;
    boolean underEcj = p.index() % settings.ecjEvery() == 1;
    Result result = underEcj ? ecj.compile(p.sources()) : javac.compile(p.sources());
    report.ecjModels += underEcj ? 1 : 0;
    String compiler = underEcj ? " under ecj" : "";
    List<String> crash = Checks.crash(result.crash(), result.findings());
    if (!crash.isEmpty()) {
      report.crashes++;
      report.mutation(kind, false);
      report.fail("CRASH" + compiler + " on " + what, crash, p.sources());
      return;
    }
    if (Checks.compilerErrors(result.findings()) > 0) {
      report.mutatedWithCompilerErrors++;
    }
    // ecj places nothing on record components; the report counts those catches apart.
    boolean unplaceable = underEcj && p.model().mistakeOnRecordComponent;
    List<String> problems = Checks.caught(kind, result.success(), result.findings(), !unplaceable);
    report.mutation(kind, problems.isEmpty());
    report.ecjUnplaced += unplaceable && problems.isEmpty() ? 1 : 0;
    if (problems.isEmpty()) {
      report.caught++;
    } else if (settings.knownGaps().contains(kind)) {
      report.gap(what + compiler, problems);
    } else {
      report.fail("not caught" + compiler + ": " + what, problems, p.sources());
    }
  }
}
