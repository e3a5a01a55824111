package org.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compiles integration models with the Temurin 25 JDK's javac, as an external process with the
 * built processor on its processor path and {@code -Xlint:all,-processing -Werror}, so that the
 * processor and its generated code stay clean on newer JDKs than the one that builds Relata.
 *
 * <p>Skipped, with a printed message, where that JDK is not installed.
 */
class NewerJdkTest {
  /** The JDK to compile with; {@code -Drelata.newer.jdk=/path} picks another. */
  private static final Path JDK =
      Path.of(System.getProperty("relata.newer.jdk", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  private static final Path JAVAC = JDK.resolve("bin").resolve("javac");

  @BeforeEach
  void requireTheJdk() {
    if (!Files.isExecutable(JAVAC)) {
      String message =
          "NewerJdkTest skipped: no javac at "
              + JAVAC
              + "; install a Temurin 25 JDK there, or pass -Drelata.newer.jdk=<its home>.";
      System.out.println(message);
      Assumptions.abort(message);
    }
  }

  @Test
  void modelsCompileWithoutWarnings() throws Exception {
    Result result =
        javac(
            sources(Path.of("src/test/java/org/relata/it/model/users")),
            sources(Path.of("src/test/java/org/relata/it/model/constructors")));
    assertEquals(0, result.exitCode, result.output);
    assertTrue(!result.output.contains("warning"), result.output);
  }

  /**
   * A public constructor of a public, non-final entity that calls a generated setter gets the
   * warning README describes: the check is live, and the fixes above are what silence it.
   */
  @Test
  void constructorCallingAGeneratedSetterIsAThisEscape() throws Exception {
    Result result = javac(sources(Path.of("src/test/resources/thisescape")));
    assertEquals(1, result.exitCode, result.output);
    assertTrue(result.output.contains("Player.java:20: warning: [this-escape]"), result.output);
  }

  private static List<Path> sources(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  @SafeVarargs
  private static Result javac(List<Path>... sourceSets) throws Exception {
    Path out = Files.createTempDirectory("relata-newer-jdk");
    List<String> command = new ArrayList<>();
    command.add(JAVAC.toString());
    command.addAll(List.of("--release", "17", "-Xlint:all,-processing", "-Werror"));
    command.addAll(
        List.of(
            "-processorpath",
            path(
                "org.relata.processor.RelataProcessor",
                "com.palantir.javapoet.TypeSpec",
                "org.relata.Entity")));
    command.addAll(
        List.of(
            "-classpath",
            path(
                "org.relata.Entity",
                "org.relata.runtime.Session",
                "org.jooq.Table",
                "org.reactivestreams.Publisher",
                "io.r2dbc.spi.ConnectionFactory")));
    command.addAll(List.of("-d", out.resolve("classes").toString()));
    command.addAll(List.of("-s", Files.createDirectories(out.resolve("generated")).toString()));
    for (List<Path> set : sourceSets) {
      set.forEach(p -> command.add(p.toString()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("javac did not finish: " + String.join(" ", command));
    }
    return new Result(process.exitValue(), output);
  }

  /** The class path holding each of {@code classNames}, as this test's class path has them. */
  private static String path(String... classNames) {
    List<String> entries = new ArrayList<>();
    for (String name : classNames) {
      try {
        Class<?> type = Class.forName(name, false, NewerJdkTest.class.getClassLoader());
        entries.add(
            new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("the test class path lacks " + name, e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private record Result(int exitCode, String output) {}
}
