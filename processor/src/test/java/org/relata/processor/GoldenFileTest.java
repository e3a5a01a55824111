package org.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles each model in {@code src/test/resources/golden/<case>} with the processor and compares
 * every generated source and resource with {@code src/test/resources/expected/<case>}. With {@code
 * RELATA_UPDATE_GOLDENS=1} in the environment it rewrites the expected files instead.
 */
class GoldenFileTest {
  private static final Path INPUTS = Path.of("src/test/resources/golden");
  private static final Path EXPECTED = Path.of("src/test/resources/expected");
  private static final boolean UPDATE = "1".equals(System.getenv("RELATA_UPDATE_GOLDENS"));

  @ParameterizedTest
  @ValueSource(strings = {"onetomany", "backref", "manytomany", "crosspackage", "repository"})
  void generatedSourcesMatchTheGoldens(String name) throws IOException {
    Compilation compilation = compile(name);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = generatedSources(compilation);
    Path expectedDir = EXPECTED.resolve(name);
    if (UPDATE) {
      rewrite(expectedDir, generated);
      return;
    }
    assertEquals(
        List.copyOf(relativeFiles(expectedDir)),
        List.copyOf(generated.keySet()),
        "generated files");
    for (String file : generated.keySet()) {
      if (!file.endsWith(".java")) {
        assertEquals(
            Files.readString(expectedDir.resolve(file), StandardCharsets.UTF_8),
            generated.get(file),
            file);
        continue;
      }
      String className = file.substring(0, file.length() - ".java".length()).replace('/', '.');
      assertThat(compilation)
          .generatedSourceFile(className)
          .hasSourceEquivalentTo(
              JavaFileObjects.forResource(expectedDir.resolve(file).toUri().toURL()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"backref", "manytomany", "repository"})
  void outputIsDeterministic(String name) throws IOException {
    assertEquals(generatedSources(compile(name)), generatedSources(compile(name)));
  }

  static Compilation compile(String name) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String file : relativeFiles(INPUTS.resolve(name))) {
      sources.add(JavaFileObjects.forResource(INPUTS.resolve(name).resolve(file).toUri().toURL()));
    }
    // The generated code must be lint-clean: users compile with -Xlint:all -Werror too.
    return javac()
        .withProcessors(new RelataProcessor(), new RepositoryProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /**
   * Generated sources by path relative to the source output, such as {@code
   * test/shop/UserRelations.java}, and generated resources by path relative to the class output,
   * such as {@code META-INF/relata/test.m2m.Association.relata}.
   */
  static Map<String, String> generatedSources(Compilation compilation) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      String path = f.toUri().getPath();
      for (String location : List.of("SOURCE_OUTPUT/", "CLASS_OUTPUT/")) {
        int at = path.indexOf(location);
        if (at >= 0 && !path.endsWith(".class")) {
          out.put(path.substring(at + location.length()), f.getCharContent(true).toString());
        }
      }
    }
    return out;
  }

  private static List<String> relativeFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".relata"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void rewrite(Path dir, Map<String, String> generated) throws IOException {
    for (String stale : relativeFiles(dir)) {
      Files.delete(dir.resolve(stale));
    }
    generated.forEach(
        (file, text) -> {
          try {
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
