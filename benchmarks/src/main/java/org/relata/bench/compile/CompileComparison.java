package org.relata.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.relata.bench.Comparison;
import org.relata.bench.Mode;
import org.relata.bench.compile.ModelGenerator.Flavor;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/**
 * Comparison 4: javac without a processor, with the Relata processor and with Hibernate's
 * processor, on synthetic models of 100 and 500 entities, each run in its own forked JVM.
 */
public final class CompileComparison implements Comparison {
  /** The compile runs compared; the first is the baseline. */
  enum Variant {
    JPA_PLAIN("javac, JPA model, no processor (baseline)"),
    JPA_HIBERNATE("javac + Hibernate processor (jpamodelgen), JPA model"),
    RELATA_PROCESSOR("javac + Relata processor, Relata model"),
    RELATA_PREGENERATED("javac, Relata model + its generated sources, no processor");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  private final Classpaths classpaths = Classpaths.ofThisJvm();

  @Override
  public String name() {
    return "compile";
  }

  @Override
  public List<Section> run(Mode mode, Targets targets) throws Exception {
    Section section =
        new Section(
            "Compile time (comparison 4)",
            "Entities",
            "Variant",
            "javac time",
            "ratio",
            "peak RSS",
            "ratio",
            "fork wall time",
            "generated files");
    Path work = Files.createTempDirectory("relata-bench-compile");
    try {
      for (int size : mode.compileSizes()) {
        measureSize(size, mode, work.resolve("n" + size), section, targets);
      }
      if (java.util.Arrays.stream(mode.compileSizes()).noneMatch(n -> n == TARGET_SIZE)) {
        targets.unchecked(TARGET_PLAIN, TARGET_SIZE + " entities", "not measured in this mode");
      }
    } finally {
      deleteTree(work);
    }
    section.note(
        "Each run is a fresh JVM ("
            + String.join(" ", ForkedJavac.JVM_FLAGS)
            + ") that calls javac once through javax.tools; \"javac time\" is that call alone, \"fork wall"
            + " time\" adds JVM start-up and exit.");
    section.note(
        "Peak RSS is the forked JVM's VmHWM from /proc/self/status, so it includes the JVM's"
            + " own baseline of some tens of MiB; all runs share it.");
    section.note(
        "Models: clusters of 5 entities using one-to-many with backPopulates, @Backref,"
            + " @Backref(uselist = false), many-to-many with @AssociationTable, and a self-referential"
            + " list; the JPA model declares the same relationships on both sides.");
    section.note(
        "Medians of "
            + mode.compileRepetitions()
            + " timed run(s) per variant after "
            + mode.compileWarmups()
            + " warm-up run(s), variants interleaved.");
    return List.of(section);
  }

  private static final int TARGET_SIZE = 500;
  private static final String TARGET_PLAIN = Targets.PROCESSOR_VS_JAVAC;
  private static final String TARGET_HIBERNATE = Targets.PROCESSOR_VS_HIBERNATE;

  private void measureSize(int size, Mode mode, Path dir, Section section, Targets targets)
      throws Exception {
    Path relataSrc = dir.resolve("relata-src");
    Path jpaSrc = dir.resolve("jpa-src");
    List<Path> relataFiles = ModelGenerator.write(Flavor.RELATA, size, relataSrc);
    List<Path> jpaFiles = ModelGenerator.write(Flavor.JPA, size, jpaSrc);
    List<Variant> variants = new ArrayList<>(List.of(Variant.values()));
    List<Path> generatedFiles = List.of();
    if (mode.compilePregenerated()) {
      // The generated sources for RELATA_PREGENERATED come from one untimed processor run.
      Path pregenerated = Files.createDirectories(dir.resolve("relata-generated"));
      runOnce(
          Variant.RELATA_PROCESSOR,
          relataFiles,
          jpaFiles,
          List.of(),
          dir.resolve("seed"),
          pregenerated);
      generatedFiles = javaFiles(pregenerated);
    } else {
      variants.remove(Variant.RELATA_PREGENERATED);
    }

    Map<Variant, List<ForkedJavac.Result>> results = new EnumMap<>(Variant.class);
    Map<Variant, Integer> generatedCounts = new EnumMap<>(Variant.class);
    int runs = mode.compileWarmups() + mode.compileRepetitions();
    for (int rep = 0; rep < runs; rep++) {
      for (Variant v : variants) {
        Path gen = Files.createDirectories(dir.resolve("gen-" + v + "-" + rep));
        ForkedJavac.Result r =
            runOnce(
                v, relataFiles, jpaFiles, generatedFiles, dir.resolve("run-" + v + "-" + rep), gen);
        generatedCounts.put(v, javaFiles(gen).size());
        if (rep >= mode.compileWarmups()) {
          results.computeIfAbsent(v, x -> new ArrayList<>()).add(r);
        }
        System.out.printf(
            "[bench] compile %d entities, %s: %s%n", size, v, Figures.millis(r.compileNanos()));
      }
    }
    double baseTime = median(results.get(Variant.JPA_PLAIN), ForkedJavac.Result::compileNanos);
    double baseRss = median(results.get(Variant.JPA_PLAIN), ForkedJavac.Result::peakRssBytes);
    for (Variant v : variants) {
      double time = median(results.get(v), ForkedJavac.Result::compileNanos);
      double rss = median(results.get(v), ForkedJavac.Result::peakRssBytes);
      double wall = median(results.get(v), ForkedJavac.Result::wallNanos);
      section.row(
          String.valueOf(size),
          v.label,
          Figures.millis(time),
          Figures.ratio(time, baseTime),
          Figures.mebibytes(rss),
          Figures.ratio(rss, baseRss),
          Figures.millis(wall),
          v == Variant.RELATA_PREGENERATED
              ? generatedFiles.size() + " (given)"
              : String.valueOf(generatedCounts.get(v)));
    }
    double relata = median(results.get(Variant.RELATA_PROCESSOR), ForkedJavac.Result::compileNanos);
    double hibernate = median(results.get(Variant.JPA_HIBERNATE), ForkedJavac.Result::compileNanos);
    double relataRss =
        median(results.get(Variant.RELATA_PROCESSOR), ForkedJavac.Result::peakRssBytes);
    double hibernateRss =
        median(results.get(Variant.JPA_HIBERNATE), ForkedJavac.Result::peakRssBytes);
    targets.check(
        TARGET_HIBERNATE,
        size + " entities, javac time",
        Figures.ratio(relata, baseTime) + " vs Hibernate " + Figures.ratio(hibernate, baseTime),
        relata <= hibernate);
    targets.check(
        TARGET_HIBERNATE,
        size + " entities, peak RSS",
        Figures.ratio(relataRss, baseRss) + " vs Hibernate " + Figures.ratio(hibernateRss, baseRss),
        relataRss <= hibernateRss);
    if (size == TARGET_SIZE) {
      targets.ratioAtMost(TARGET_PLAIN, size + " entities, javac time", relata / baseTime, 1.5);
    }
  }

  private ForkedJavac.Result runOnce(
      Variant v,
      List<Path> relataFiles,
      List<Path> jpaFiles,
      List<Path> generatedFiles,
      Path runDir,
      Path genDir)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(runDir.resolve("classes"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-d",
                out.toString(),
                "-s",
                genDir.toString()));
    List<Path> sources = new ArrayList<>();
    switch (v) {
      case JPA_PLAIN -> {
        args.addAll(List.of("-proc:none", "-classpath", jpaClasspath()));
        sources.addAll(jpaFiles);
      }
      case JPA_HIBERNATE -> {
        args.addAll(
            List.of(
                "-classpath",
                jpaClasspath(),
                "-processorpath",
                hibernateProcessorPath(),
                "-processor",
                HIBERNATE_PROCESSOR));
        sources.addAll(jpaFiles);
      }
      case RELATA_PROCESSOR -> {
        args.addAll(
            List.of(
                "-classpath",
                relataClasspath(),
                "-processorpath",
                relataProcessorPath(),
                "-processor",
                RELATA_PROCESSOR_CLASS));
        sources.addAll(relataFiles);
      }
      case RELATA_PREGENERATED -> {
        args.addAll(List.of("-proc:none", "-classpath", relataClasspath()));
        sources.addAll(relataFiles);
        sources.addAll(generatedFiles);
      }
    }
    for (Path s : sources) {
      args.add(s.toString());
    }
    ForkedJavac.Result r = ForkedJavac.run(args, Files.createDirectories(runDir));
    checkOutput(v, out);
    deleteTree(out);
    return r;
  }

  /** A run only counts if it produced what its processor should have produced. */
  private static void checkOutput(Variant v, Path out) {
    Path synth = out.resolve(ModelGenerator.PACKAGE);
    List<String> expected =
        switch (v) {
          case JPA_PLAIN -> List.of("Author0.class");
          case JPA_HIBERNATE -> List.of("Author0.class", "Author0_.class");
          case RELATA_PROCESSOR, RELATA_PREGENERATED ->
              List.of("Author0.class", "Author0Relations.class", "Profile0Relations.class");
        };
    for (String f : expected) {
      if (!Files.exists(synth.resolve(f))) {
        throw new IllegalStateException(v + " did not produce " + f + " in " + synth);
      }
    }
  }

  static final String HIBERNATE_PROCESSOR = "org.hibernate.processor.HibernateProcessor";
  static final String RELATA_PROCESSOR_CLASS = "org.relata.processor.RelataProcessor";

  private String jpaClasspath() {
    return classpaths.select("jakarta.persistence-api");
  }

  private String hibernateProcessorPath() {
    return classpaths.select(HibernateProcessorPath.ARTIFACTS);
  }

  private String relataClasspath() {
    return classpaths.select(
        "relata-annotations", "relata-runtime", "jooq", "r2dbc-spi", "reactive-streams");
  }

  private String relataProcessorPath() {
    return classpaths.select("relata-processor", "relata-annotations", "javapoet");
  }

  private static double median(
      List<ForkedJavac.Result> rs, java.util.function.ToLongFunction<ForkedJavac.Result> f) {
    return Figures.median(rs.stream().mapToDouble(r -> f.applyAsLong(r)).toArray());
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
