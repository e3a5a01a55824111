package org.relata.processor.fuzz;

import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

/**
 * Runs the fuzzing campaign: every other model is valid, the rest carry one planted mistake, in
 * turn of each {@link Mutation} kind. Models are compiled in batches, each model in its own
 * packages, and a model is compiled alone whenever its batch shows a problem, so that every verdict
 * against a model comes from that model alone. A share of all models runs under ecj.
 */
final class ProcessorFuzzer {
  /** The settings of one campaign. */
  record Settings(
      int models,
      long seed,
      int maxEntities,
      int batch,
      int ecjEvery,
      Set<Mutation> knownGaps,
      int only) {}

  private final Settings settings;
  private final FuzzCompiler javac;
  private final EcjRun ecj;
  private final FuzzReport report = new FuzzReport();
  private final ValidModels valid;
  private final MutatedModels mutated;

  ProcessorFuzzer(Settings settings, FuzzCompiler javac, Path ecjFolder) {
    this.settings = settings;
    this.javac = javac;
    this.ecj = new EcjRun(ecjFolder);
    this.valid = new ValidModels(settings, javac, ecj, report);
    this.mutated = new MutatedModels(settings, javac, ecj, report);
  }

  FuzzReport run() {
    for (int i = 0; i < settings.models(); i++) {
      if (settings.only() >= 0 && i != settings.only()) {
        continue;
      }
      long seed = new Random(settings.seed() * 31 + i).nextLong();
      report.models++;
      if (i % 2 == 0) {
        valid.add(plan(i, seed, generate(seed, i)));
      } else {
        mutate(i, seed);
      }
    }
    valid.flush();
    mutated.flush();
    report.timing = javac.timing() + ", " + ecj.timing();
    return report;
  }

  /**
   * Plants the next mutation kind in turn. A model without a place for it is replaced by another
   * one from a derived seed, so that every kind gets its share; after ten tries the next kind is
   * taken instead.
   */
  private void mutate(int index, long seed) {
    Mutation[] kinds = Mutation.values();
    int start = (index / 2) % kinds.length;
    for (int k = 0; k < kinds.length; k++) {
      Mutation kind = kinds[(start + k) % kinds.length];
      for (int attempt = 0; attempt < 10; attempt++) {
        long modelSeed = seed + attempt * 0x9E3779B97F4A7C15L;
        ModelSpec model = generate(modelSeed, index);
        String change = kind.apply(model, new Random(modelSeed ^ 0x5DEECE66DL));
        if (change != null) {
          mutated.add(plan(index, modelSeed, model), kind, change);
          return;
        }
      }
    }
    throw new AssertionError("no mutation fits model " + index);
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
}
