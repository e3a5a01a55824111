package org.relata.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.relata.bench.Comparison;
import org.relata.bench.Mode;
import org.relata.bench.compile.ModelGenerator.Flavor;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;
import org.relata.bench.report.Targets;

/**
 * Comparison 4: javac without a processor, with the Relata processor and with Hibernate's
 * processor, on synthetic models of 100, 500 and 2,000 entities, each run in its own forked JVM;
 * then the run-time bootstrap of the Relata model just compiled ({@link BootstrapRuns}).
 */
public final class CompileComparison implements Comparison {
  /** The compile runs compared; the first is the baseline. */
  enum Variant {
    JPA_PLAIN("javac, JPA model, no processor (baseline)"),
    JPA_HIBERNATE("javac + Hibernate processor (jpamodelgen), JPA model"),
    JPA_HIBERNATE_ACCESSORS(
        "javac + Hibernate processor, JPA model with the accessors written by hand"),
    RELATA_PROCESSOR("javac + Relata processor, Relata model"),
    // After RELATA_PROCESSOR: both take what the first RELATA_PROCESSOR run generated.
    RELATA_PREGENERATED("javac, Relata model + its generated sources, no processor"),
    RELATA_REPLAY("javac + a processor that only writes the Relata processor's output (floor)");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /**
   * One forked compilation and what it left behind: its generated sources, the number of generated
   * resources and, for the first Relata processor run, a copy of them in {@code resourceCopy}.
   */
  private record Run(
      ForkedJavac.Result result,
      List<Path> sources,
      long resources,
      Path classes,
      Path generated,
      Path resourceCopy) {}

  /** The sizes at which the targets are checked. */
  private static final int[] TARGET_SIZES = {500, 2000};

  private static final double PLAIN_LIMIT = 1.5;

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
            "processing",
            "peak RSS",
            "ratio",
            "peak heap",
            "ratio",
            "fork wall time",
            "generated files");
    Section bootstrap = BootstrapRuns.section();
    Path work = Files.createTempDirectory("relata-bench-compile");
    List<String> took = new ArrayList<>();
    try {
      for (int size : mode.compileSizes()) {
        long start = System.nanoTime();
        Path dir = work.resolve("n" + size);
        measureSize(size, mode, dir, section, bootstrap, targets);
        deleteTree(dir);
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        took.add(seconds + " s at " + Figures.count(size));
        System.out.printf("[bench] compile %d entities took %d s%n", size, seconds);
      }
      for (int size : TARGET_SIZES) {
        if (Arrays.stream(mode.compileSizes()).noneMatch(n -> n == size)) {
          String where = Figures.count(size) + " entities, javac time";
          targets.unchecked(Targets.PROCESSOR_VS_HIBERNATE, where, "not measured in this run");
          targets.unchecked(Targets.PROCESSOR_VS_JAVAC, where, "not measured in this run");
        }
      }
    } finally {
      deleteTree(work);
    }
    notes(section, mode);
    section.note(
        "This comparison took "
            + String.join(", ", took)
            + " entities, its bootstrap runs included (wall time of this run).");
    BootstrapRuns.notes(bootstrap, mode);
    return List.of(section, bootstrap);
  }

  private static void notes(Section section, Mode mode) {
    section.note(
        "Each run is a fresh JVM ("
            + String.join(" ", ForkedJvm.JVM_FLAGS)
            + ") that calls javac once through javax.tools; \"javac time\" is that call alone, \"fork wall"
            + " time\" adds JVM start-up and exit.");
    section.note(
        "\"processing\" runs from the start of the first annotation processing round to the end of"
            + " the last (a javac TaskListener), so it includes javac parsing and entering the"
            + " generated files for the next round; it is part of \"javac time\". n/a: no processor ran.");
    section.note(
        "Peak RSS is the forked JVM's VmHWM from /proc/self/status, so it includes the JVM's"
            + " own baseline of some tens of MiB; all runs share it. Peak heap is the sum of the"
            + " heap pools' peak occupancy during the javac call (peaks reset after a collection"
            + " just before it), garbage not yet collected included: an upper bound of the heap"
            + " javac needed at once.");
    section.note(
        "generated files: Java sources, plus the resources written to the class output if any.");
    section.note(
        "The JPA model with accessors adds what a JPA user writes by hand to keep both sides of"
            + " each association in step, as Hibernate's user guide asks: a getter per side, a"
            + " setter on a scalar side that updates the other side, add and remove helpers on a"
            + " collection side; Relata generates the equivalent accessors into ERelations.");
    section.note(
        "The floor row runs a processor that writes, through the Filer, exactly the sources and"
            + " resources of the first Relata processor run of that size, and does nothing else:"
            + " what javac needs for that output alone (the extra round, parsing, attributing and"
            + " compiling it), with a processor that costs nothing.");
    section.note(
        "Models: clusters of 5 entities using one-to-many with backPopulates, @Backref,"
            + " @Backref(uselist = false), many-to-many with @AssociationTable, and a self-referential"
            + " list; the JPA model declares the same relationships on both sides.");
    StringBuilder reps =
        new StringBuilder("Medians of ")
            .append(mode.compileRepetitions())
            .append(" timed run(s) per variant after ")
            .append(mode.compileWarmups())
            .append(" warm-up run(s), variants interleaved");
    if (mode.compileWarmups() > 0
        && IntStream.of(mode.compileSizes()).anyMatch(n -> mode.compileWarmupsAt(n) == 0)) {
      reps.append("; no warm-up run from ")
          .append(Figures.count(Mode.LARGE_COMPILE_SIZE))
          .append(" entities on, where a round takes over a minute and the smaller sizes have")
          .append(" warmed the file cache");
    }
    section.note(reps.append('.').toString());
  }

  private void measureSize(
      int size, Mode mode, Path dir, Section section, Section bootstrap, Targets targets)
      throws Exception {
    List<Path> relataFiles = ModelGenerator.write(Flavor.RELATA, size, dir.resolve("relata-src"));
    List<Path> jpaFiles = ModelGenerator.write(Flavor.JPA, size, dir.resolve("jpa-src"));
    List<Path> jpaAccessorFiles =
        ModelGenerator.write(Flavor.JPA_ACCESSORS, size, dir.resolve("jpa-accessors-src"));
    List<Variant> variants = new ArrayList<>(List.of(Variant.values()));
    if (!mode.compilePregenerated()) {
      variants.remove(Variant.RELATA_PREGENERATED);
      variants.remove(Variant.RELATA_REPLAY);
      variants.remove(Variant.JPA_HIBERNATE_ACCESSORS);
    }

    Map<Variant, List<Run>> results = new EnumMap<>(Variant.class);
    Run pregenerated = null;
    int warmups = mode.compileWarmupsAt(size);
    int runs = warmups + mode.compileRepetitions();
    for (int rep = 0; rep < runs; rep++) {
      for (Variant v : variants) {
        // The last run of the baseline and of the processor keep their classes for the bootstrap.
        boolean keep = rep == runs - 1 && (v == Variant.JPA_PLAIN || v == Variant.RELATA_PROCESSOR);
        Run r =
            runOnce(
                v,
                relataFiles,
                v == Variant.JPA_HIBERNATE_ACCESSORS ? jpaAccessorFiles : jpaFiles,
                pregenerated,
                dir.resolve("run-" + v + "-" + rep),
                keep);
        if (v == Variant.RELATA_PROCESSOR && pregenerated == null) {
          pregenerated = r;
        }
        if (rep >= warmups) {
          results.computeIfAbsent(v, x -> new ArrayList<>()).add(r);
        }
        System.out.printf(
            "[bench] compile %d entities, %s: %s%n",
            size, v, Figures.millis(r.result().compileNanos()));
      }
    }
    List<Run> base = results.get(Variant.JPA_PLAIN);
    double baseTime = median(base, ForkedJavac.Result::compileNanos);
    double baseRss = median(base, ForkedJavac.Result::peakRssBytes);
    double baseHeap = median(base, ForkedJavac.Result::peakHeapBytes);
    for (Variant v : variants) {
      List<Run> rs = results.get(v);
      double time = median(rs, ForkedJavac.Result::compileNanos);
      double rss = median(rs, ForkedJavac.Result::peakRssBytes);
      double heap = median(rs, ForkedJavac.Result::peakHeapBytes);
      Run last = rs.get(rs.size() - 1);
      section.row(
          Figures.count(size),
          v.label,
          Figures.millis(time),
          Figures.ratio(time, baseTime),
          processing(rs),
          Figures.mebibytes(rss),
          Figures.ratio(rss, baseRss),
          Figures.mebibytes(heap),
          Figures.ratio(heap, baseHeap),
          Figures.millis(median(rs, ForkedJavac.Result::wallNanos)),
          v == Variant.RELATA_PREGENERATED
              ? pregenerated.sources().size() + " (given)"
              : last.sources().size()
                  + (last.resources() == 0 ? "" : " + " + last.resources() + " resources"));
    }
    if (IntStream.of(TARGET_SIZES).anyMatch(n -> n == size)) {
      checkTargets(size, results, targets);
    }
    BootstrapRuns.measure(
        size,
        mode,
        lastOf(results, Variant.JPA_PLAIN).classes(),
        jpaClasspath() + java.io.File.pathSeparator + relataClasspath(),
        lastOf(results, Variant.RELATA_PROCESSOR).classes(),
        relataClasspath(),
        dir.resolve("bootstrap"),
        bootstrap);
  }

  private static void checkTargets(int size, Map<Variant, List<Run>> results, Targets targets) {
    List<Run> relata = results.get(Variant.RELATA_PROCESSOR);
    List<Run> hibernate = results.get(Variant.JPA_HIBERNATE);
    double base = median(results.get(Variant.JPA_PLAIN), ForkedJavac.Result::compileNanos);
    double relataTime = median(relata, ForkedJavac.Result::compileNanos);
    double hibernateTime = median(hibernate, ForkedJavac.Result::compileNanos);
    double baseRss = median(results.get(Variant.JPA_PLAIN), ForkedJavac.Result::peakRssBytes);
    double relataRss = median(relata, ForkedJavac.Result::peakRssBytes);
    double hibernateRss = median(hibernate, ForkedJavac.Result::peakRssBytes);
    targets.check(
        Targets.PROCESSOR_VS_HIBERNATE,
        Figures.count(size) + " entities, javac time",
        Figures.ratio(relataTime, base) + " vs Hibernate " + Figures.ratio(hibernateTime, base),
        relataTime <= hibernateTime);
    targets.check(
        Targets.PROCESSOR_VS_HIBERNATE,
        Figures.count(size) + " entities, peak RSS",
        Figures.ratio(relataRss, baseRss) + " vs Hibernate " + Figures.ratio(hibernateRss, baseRss),
        relataRss <= hibernateRss);
    targets.ratioAtMost(
        Targets.PROCESSOR_VS_JAVAC,
        Figures.count(size) + " entities, javac time",
        relataTime / base,
        PLAIN_LIMIT);
  }

  /** The median processing time and the rounds, or n/a when no processor ran. */
  private static String processing(List<Run> rs) {
    if (rs.stream().anyMatch(r -> r.result().processingNanos() < 0)) {
      return Figures.NOT_MEASURED;
    }
    int rounds = rs.get(rs.size() - 1).result().rounds();
    return Figures.millis(median(rs, ForkedJavac.Result::processingNanos))
        + " ("
        + rounds
        + (rounds == 1 ? " round)" : " rounds)");
  }

  private static Run lastOf(Map<Variant, List<Run>> results, Variant v) {
    List<Run> rs = results.get(v);
    return rs.get(rs.size() - 1);
  }

  private Run runOnce(
      Variant v,
      List<Path> relataFiles,
      List<Path> jpaFiles,
      Run pregenerated,
      Path runDir,
      boolean keepClasses)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(runDir.resolve("classes"));
    Path gen = Files.createDirectories(runDir.resolve("generated"));
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
                gen.toString()));
    List<Path> sources = new ArrayList<>();
    switch (v) {
      case JPA_PLAIN -> {
        args.addAll(List.of("-proc:none", "-classpath", jpaClasspath()));
        sources.addAll(jpaFiles);
      }
      case JPA_HIBERNATE, JPA_HIBERNATE_ACCESSORS -> {
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
        if (pregenerated == null) {
          throw new IllegalStateException(v + " runs before any " + Variant.RELATA_PROCESSOR);
        }
        args.addAll(List.of("-proc:none", "-classpath", relataClasspath()));
        sources.addAll(relataFiles);
        sources.addAll(pregenerated.sources());
      }
      case RELATA_REPLAY -> {
        if (pregenerated == null) {
          throw new IllegalStateException(v + " runs before any " + Variant.RELATA_PROCESSOR);
        }
        args.addAll(
            List.of(
                "-classpath",
                relataClasspath(),
                "-processorpath",
                classpaths.select("relata-benchmarks"),
                "-processor",
                ReplayProcessor.class.getName(),
                "-A" + ReplayProcessor.SOURCES + "=" + pregenerated.generated(),
                "-A" + ReplayProcessor.RESOURCES + "=" + pregenerated.resourceCopy()));
        sources.addAll(relataFiles);
      }
    }
    for (Path s : sources) {
      args.add(s.toString());
    }
    ForkedJavac.Result r = ForkedJavac.run(args, runDir);
    checkOutput(v, out);
    List<Path> resources;
    try (Stream<Path> s = Files.walk(out)) {
      resources =
          s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".class")).toList();
    }
    Path resourceCopy = runDir.resolve("resources");
    // Only the first Relata processor run's output is replayed.
    if (v == Variant.RELATA_PROCESSOR && pregenerated == null) {
      for (Path p : resources) {
        Path copy = resourceCopy.resolve(out.relativize(p).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(p, copy);
      }
    }
    if (!keepClasses) {
      deleteTree(out);
    }
    return new Run(
        r, javaFiles(gen), resources.size(), keepClasses ? out : null, gen, resourceCopy);
  }

  /** A run only counts if it produced what its processor should have produced. */
  private static void checkOutput(Variant v, Path out) {
    Path synth = out.resolve(ModelGenerator.PACKAGE);
    List<String> expected =
        switch (v) {
          case JPA_PLAIN -> List.of("Author0.class");
          case JPA_HIBERNATE, JPA_HIBERNATE_ACCESSORS -> List.of("Author0.class", "Author0_.class");
          case RELATA_PROCESSOR, RELATA_PREGENERATED, RELATA_REPLAY ->
              List.of("Author0.class", "Author0Relations.class", "Profile0Relations.class");
        };
    for (String f : expected) {
      if (!Files.exists(synth.resolve(f))) {
        throw new IllegalStateException(v + " did not produce " + f + " in " + synth);
      }
    }
    if (v == Variant.RELATA_PROCESSOR && !hasRelataMetamodel(out, "Author0")) {
      throw new IllegalStateException(v + " produced no metamodel for Author0 in " + out);
    }
  }

  /**
   * Whether {@code out} holds the Relata metamodel of the synthetic entity {@code simpleName}: its
   * compiled {@code ERelations}, which carries the entity's structure.
   */
  static boolean hasRelataMetamodel(Path out, String simpleName) {
    return Files.exists(
        out.resolve(ModelGenerator.PACKAGE).resolve(simpleName + "Relations.class"));
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

  private static double median(List<Run> rs, ToLongFunction<ForkedJavac.Result> f) {
    return Figures.median(rs.stream().mapToDouble(r -> f.applyAsLong(r.result())).toArray());
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
