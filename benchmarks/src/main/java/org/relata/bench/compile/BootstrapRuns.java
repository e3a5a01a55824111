package org.relata.bench.compile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.relata.bench.Mode;
import org.relata.bench.compile.BootstrapMain.Use;
import org.relata.bench.report.Figures;
import org.relata.bench.report.Section;

/**
 * The one-time cost of Relata's metamodel at run time: in a fresh JVM, the first {@code
 * EntityType.of} of every entity of a model the compile comparison has just compiled, against
 * loading and initialising the same entities compiled without any processor.
 *
 * <p>The baseline is the JPA model's entity classes (same names, same columns), not Relata's own:
 * initialising a Relata entity initialises its generated superclass, and where that holds the
 * entity's {@code EntityType} (issue 15's design), initialising it is the bootstrap. Loading
 * Relata's classes without initialising them is shown as well. Only {@code EntityType.of} is
 * called, so the measurement holds for any layout of the generated code.
 */
final class BootstrapRuns {
  /** The runs compared; the first is the baseline. */
  enum Variant {
    PLAIN_INIT(
        "plain entity classes (JPA model, no processor): Class.forName (baseline)", Use.INIT),
    RELATA_LOAD("Relata entity classes: Class.forName without initialising", Use.LOAD),
    RELATA_ENTITY_TYPE("Relata entity classes: the first EntityType.of", Use.ENTITY_TYPE);

    final String label;
    final Use use;

    Variant(String label, Use use) {
      this.label = label;
      this.use = use;
    }
  }

  private BootstrapRuns() {}

  /** The table the runs of every size add their rows to. */
  static Section section() {
    return new Section(
        "Bootstrap: the first use of every entity type (comparison 4, continued)",
        "Entities",
        "Variant",
        "time",
        "per entity",
        "ratio",
        "first entity",
        "each further entity",
        "classes loaded",
        "fork wall time");
  }

  /** Fresh JVMs per variant: as many as timed compile runs. */
  static int repetitions(Mode mode) {
    return mode.compileRepetitions();
  }

  /**
   * Measures {@code size} entities: {@code plain} holds the JPA model compiled without a processor
   * and {@code relata} the Relata model compiled with its processor, each with what it needs to run
   * on {@code plainPath} and {@code relataPath}.
   */
  static void measure(
      int size,
      Mode mode,
      Path plain,
      String plainPath,
      Path relata,
      String relataPath,
      Path dir,
      Section section)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path names = Files.write(dir.resolve("entities.txt"), ModelGenerator.entityNames(size));
    Map<Variant, List<ForkedJvm.Output>> results = new EnumMap<>(Variant.class);
    for (int rep = 0; rep < repetitions(mode); rep++) {
      for (Variant v : Variant.values()) {
        String classPath =
            v == Variant.PLAIN_INIT
                ? plain + File.pathSeparator + plainPath
                : relata + File.pathSeparator + relataPath;
        ForkedJvm.Output o =
            ForkedJvm.run(
                BootstrapMain.class,
                classPath,
                List.of(v.use.name(), names.toString()),
                dir.resolve("boot-" + v + "-" + rep + ".log"));
        if (o.get("entities") != size) {
          throw new IllegalStateException(v + " used " + o.get("entities") + " of " + size);
        }
        results.computeIfAbsent(v, x -> new ArrayList<>()).add(o);
        System.out.printf(
            "[bench] bootstrap %d entities, %s: %s%n", size, v, Figures.millis(o.get("nanos")));
      }
    }
    double base = median(results.get(Variant.PLAIN_INIT), o -> o.get("nanos"));
    for (Variant v : Variant.values()) {
      double time = median(results.get(v), o -> o.get("nanos"));
      double first = median(results.get(v), o -> o.get("firstNanos"));
      double further = median(results.get(v), o -> o.get("nanos") - o.get("firstNanos"));
      section.row(
          Figures.count(size),
          v.label,
          Figures.millis(time),
          Figures.micros(time / size),
          Figures.ratio(time, base),
          Figures.millis(first),
          size > 1 ? Figures.micros(further / (size - 1)) : Figures.NOT_MEASURED,
          Figures.count(Math.round(median(results.get(v), o -> o.get("classesLoaded")))),
          Figures.millis(median(results.get(v), ForkedJvm.Output::wallNanos)));
    }
  }

  /** The notes under the table. */
  static void notes(Section section, Mode mode) {
    section.note(
        "Each run is a fresh JVM ("
            + String.join(" ", ForkedJvm.JVM_FLAGS)
            + ") that takes every entity of the model once, in the same order; \"time\" covers"
            + " that loop alone, so it includes loading the classes and, for Relata, loading the"
            + " runtime and jOOQ classes the first type needs; \"per entity\" divides it by the"
            + " entities; \"classes loaded\" counts what the"
            + " JVM loaded during it. \"first entity\" is the first pass of the loop alone: it"
            + " pays for what all entities share (for Relata, the runtime and jOOQ classes);"
            + " \"each further entity\" is the rest of the loop divided by the other entities.");
    section.note(
        "The Relata classes are the output of the Relata processor's last timed compile run; the"
            + " plain ones, of the baseline's (the JPA model: the same entities and columns, no"
            + " metamodel). The baseline is not Relata's own classes initialised: initialising a"
            + " Relata entity initialises its generated superclass, which may itself bootstrap the"
            + " entity's type.");
    section.note(
        "Medians of "
            + repetitions(mode)
            + " run(s) per variant, variants interleaved; no warm-up, since only the first use is"
            + " measured.");
  }

  private static double median(List<ForkedJvm.Output> rs, ToLongFunction<ForkedJvm.Output> f) {
    return Figures.median(rs.stream().mapToDouble(r -> f.applyAsLong(r)).toArray());
  }
}
