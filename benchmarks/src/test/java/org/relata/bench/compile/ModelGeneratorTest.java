package org.relata.bench.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both synthetic models are valid: the Relata one compiles with its processor, the JPA one with
 * Hibernate's.
 */
class ModelGeneratorTest {
  @TempDir Path dir;

  @Test
  void relataModelCompilesWithTheRelataProcessor() throws Exception {
    List<Path> files = ModelGenerator.write(ModelGenerator.Flavor.RELATA, 10, dir.resolve("src"));
    assertEquals(12, files.size(), "10 entities and 2 association tables");
    Path out = compile(files, CompileComparison.RELATA_PROCESSOR_CLASS);
    assertTrue(Files.exists(out.resolve("synth/Author1Relations.class")));
    assertTrue(Files.exists(out.resolve("synth/Category1Relations.class")));
    // An entity's structure is inside its ERelations; only an association table has a resource.
    assertTrue(Files.exists(out.resolve("META-INF/relata/synth.BookTag1.relata")));
    assertFalse(Files.exists(out.resolve("META-INF/relata/synth.Category1.relata")));
  }

  @Test
  void jpaModelCompilesWithHibernatesProcessor() throws Exception {
    List<Path> files = ModelGenerator.write(ModelGenerator.Flavor.JPA, 10, dir.resolve("src"));
    assertEquals(10, files.size());
    Path out = compile(files, CompileComparison.HIBERNATE_PROCESSOR);
    assertTrue(Files.exists(out.resolve("synth/Book1_.class")));
  }

  @Test
  void jpaModelWithAccessorsCompilesWithHibernatesProcessor() throws Exception {
    List<Path> files =
        ModelGenerator.write(ModelGenerator.Flavor.JPA_ACCESSORS, 10, dir.resolve("src"));
    assertEquals(10, files.size());
    assertTrue(Files.readString(files.get(1)).contains("public void addTag("), "Book1's helpers");
    Path out = compile(files, CompileComparison.HIBERNATE_PROCESSOR);
    assertTrue(Files.exists(out.resolve("synth/Book1_.class")));
  }

  @Test
  void replayProcessorWritesWhatTheRelataProcessorWrote() throws Exception {
    List<Path> files = ModelGenerator.write(ModelGenerator.Flavor.RELATA, 10, dir.resolve("src"));
    Path first = compile(files, CompileComparison.RELATA_PROCESSOR_CLASS);
    Path resources = Files.createDirectories(dir.resolve("resources/META-INF/relata"));
    Files.copy(
        first.resolve("META-INF/relata/synth.BookTag1.relata"),
        resources.resolve("synth.BookTag1.relata"));
    Path replayed =
        compile(
            files,
            ReplayProcessor.class.getName(),
            "-A" + ReplayProcessor.SOURCES + "=" + dir.resolve("gen"),
            "-A" + ReplayProcessor.RESOURCES + "=" + dir.resolve("resources"),
            "-d",
            Files.createDirectories(dir.resolve("out2")).toString(),
            "-s",
            Files.createDirectories(dir.resolve("gen2")).toString());
    assertTrue(Files.exists(replayed.resolve("synth/Author1Relations.class")));
    assertTrue(Files.exists(replayed.resolve("META-INF/relata/synth.BookTag1.relata")));
    assertEquals(
        Files.readString(dir.resolve("gen/synth/Book1Relations.java")),
        Files.readString(dir.resolve("gen2/synth/Book1Relations.java")));
  }

  @Test
  void entityNamesAreTheEntitiesWritten() throws Exception {
    List<Path> files = ModelGenerator.write(ModelGenerator.Flavor.JPA, 10, dir.resolve("src"));
    List<String> written =
        files.stream()
            .map(
                f -> ModelGenerator.PACKAGE + "." + f.getFileName().toString().replace(".java", ""))
            .sorted()
            .toList();
    assertEquals(written, ModelGenerator.entityNames(10).stream().sorted().toList());
  }

  /**
   * Compiles {@code files} with {@code processor} into {@code out} (sources into {@code gen}), or
   * where {@code options} says, and returns the class output.
   */
  private Path compile(List<Path> files, String processor, String... options) throws Exception {
    // Surefire may hide the test class path behind a manifest-only jar; it also publishes it here.
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                out.toString(),
                "-s",
                Files.createDirectories(dir.resolve("gen")).toString(),
                "-classpath",
                cp,
                "-processorpath",
                cp,
                "-processor",
                processor,
                "-nowarn"));
    args.addAll(List.of(options));
    files.forEach(f -> args.add(f.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args.toArray(new String[0]));
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    int d = args.lastIndexOf("-d");
    return Path.of(args.get(d + 1));
  }
}
