package org.relata.bench.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relata.bench.Mode;

/**
 * The forked runs of the compile comparison report what they claim: a javac run its processing time
 * and rounds (none without a processor) and its memory, a bootstrap run every entity's type.
 */
class ForksTest {
  @TempDir Path dir;

  /** Surefire may hide the test class path behind a manifest-only jar; it also publishes it. */
  private final String classPath =
      System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

  private List<Path> sources;

  @BeforeEach
  void writeModel() throws Exception {
    sources = ModelGenerator.write(ModelGenerator.Flavor.RELATA, 10, dir.resolve("src"));
  }

  @Test
  void javacWithTheProcessorReportsItsProcessingRoundsAndMemory() throws Exception {
    ForkedJavac.Result r = javac("proc", "-processor", CompileComparison.RELATA_PROCESSOR_CLASS);
    assertTrue(r.rounds() >= 2, "a round that generates and one that compiles it: " + r);
    assertTrue(r.processingNanos() > 0 && r.processingNanos() < r.compileNanos(), r.toString());
    assertTrue(r.peakHeapBytes() > 0 && r.peakRssBytes() > r.peakHeapBytes() / 4, r.toString());
    assertTrue(CompileComparison.hasRelataMetamodel(dir.resolve("out-proc"), "Author1"));
  }

  @Test
  void javacWithoutAProcessorReportsNoProcessing() throws Exception {
    List<Path> generated = new ArrayList<>();
    javac("a", "-processor", CompileComparison.RELATA_PROCESSOR_CLASS);
    try (var s = Files.walk(dir.resolve("gen-a"))) {
      s.filter(p -> p.toString().endsWith(".java")).forEach(generated::add);
    }
    generated.forEach(sources::add);
    ForkedJavac.Result r = javac("b", "-proc:none");
    assertEquals(-1, r.processingNanos());
    assertEquals(0, r.rounds());
  }

  @Test
  void theFirstEntityTypeOfEveryEntityOfACompiledModel() throws Exception {
    javac("model", "-processor", CompileComparison.RELATA_PROCESSOR_CLASS);
    Path names = Files.write(dir.resolve("entities.txt"), ModelGenerator.entityNames(10));
    String path = dir.resolve("out-model") + File.pathSeparator + classPath;
    for (BootstrapMain.Use use : BootstrapMain.Use.values()) {
      ForkedJvm.Output o =
          ForkedJvm.run(
              BootstrapMain.class,
              path,
              List.of(use.name(), names.toString()),
              dir.resolve(use + ".log"));
      assertEquals(10, o.get("entities"), use.name());
      assertTrue(o.get("classesLoaded") >= 10, use + ": " + o);
    }
  }

  @Test
  void aBootstrapOfAClassThatIsNoEntityFailsTheRun() throws Exception {
    Path names = Files.write(dir.resolve("entities.txt"), List.of(String.class.getName()));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ForkedJvm.run(
                    BootstrapMain.class,
                    classPath,
                    List.of(BootstrapMain.Use.ENTITY_TYPE.name(), names.toString()),
                    dir.resolve("bad.log")));
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
  }

  @Test
  void compileSizesComeFromTheProperty() {
    Mode full = Mode.fullMode();
    assertEquals(List.of(500, 2000), box(full.withCompileSizes(" 500, 2000").compileSizes()));
    assertEquals(box(full.compileSizes()), box(full.withCompileSizes("").compileSizes()));
    assertThrows(IllegalArgumentException.class, () -> full.withCompileSizes("501"));
    assertEquals(0, full.compileWarmupsAt(Mode.LARGE_COMPILE_SIZE));
    assertEquals(full.compileWarmups(), full.compileWarmupsAt(500));
  }

  private static List<Integer> box(int[] sizes) {
    return java.util.Arrays.stream(sizes).boxed().toList();
  }

  /**
   * Compiles the model in a forked javac with {@code options}, into {@code out-NAME}, with the
   * generated sources in {@code gen-NAME}.
   */
  private ForkedJavac.Result javac(String name, String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                Files.createDirectories(dir.resolve("out-" + name)).toString(),
                "-s",
                Files.createDirectories(dir.resolve("gen-" + name)).toString(),
                "-classpath",
                classPath,
                "-processorpath",
                classPath,
                "-nowarn"));
    args.addAll(List.of(options));
    sources.forEach(s -> args.add(s.toString()));
    return ForkedJavac.run(args, Files.createDirectories(dir.resolve("work-" + name)));
  }
}
