package org.relata.processor.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.relata.processor.RelataProcessor;

/**
 * An upstream module: a fixture compiled once by javac with the processor into a class folder, as
 * Maven builds an entities jar, so that a test can compile a downstream module against it.
 */
public final class Upstream {
  private static final Map<String, List<File>> COMPILED = new ConcurrentHashMap<>();

  private Upstream() {}

  /**
   * The class folder of the fixture {@code folder}, compiled with the processor on first use; fails
   * when it does not compile cleanly.
   */
  public static List<File> classes(String folder) {
    return COMPILED.computeIfAbsent(folder, Upstream::compile);
  }

  private static List<File> compile(String folder) {
    try {
      Path out = Files.createTempDirectory("relata-upstream");
      Path generated = Files.createDirectories(out.resolve("generated"));
      Path classes = Files.createDirectories(out.resolve("classes"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        files.setLocation(StandardLocation.CLASS_PATH, TestCompiler.classpath());
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
        JavaCompiler.CompilationTask task =
            javac.getTask(
                null,
                files,
                diagnostics,
                List.of("--release", "17", "-Xlint:all,-processing", "-Werror"),
                null,
                Fixture.of(folder).sources());
        task.setProcessors(List.of(new RelataProcessor()));
        if (!task.call()) {
          throw new IllegalStateException(
              "upstream " + folder + " does not compile:\n" + describe(diagnostics));
        }
      }
      return new ArrayList<>(List.of(classes.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
