package org.relata.processor.fuzz;

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
import javax.tools.JavaFileObject;
import org.relata.processor.RelataProcessor;
import org.relata.processor.fuzz.FuzzCompiler.Finding;
import org.relata.processor.fuzz.FuzzCompiler.Result;
import org.relata.processor.testing.TestCompiler;

/**
 * Compiles a model under the Eclipse compiler through the shared test harness. ecj reads only real
 * files, so the sources are written to a temporary folder first.
 */
final class EcjRun extends TimedCompiler {
  private final Path folder;

  EcjRun(Path folder) {
    super("ecj");
    this.folder = folder;
  }

  @Override
  Result run(Map<String, String> sources) {
    List<JavaFileObject> units = new ArrayList<>();
    try {
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = folder.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        units.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Compilation compilation =
          TestCompiler.ECJ.compiler().withProcessors(new RelataProcessor()).compile(units);
      List<Finding> findings = new ArrayList<>();
      for (Finding f : Finding.of(new ArrayList<>(compilation.diagnostics()))) {
        findings.add(new Finding(f.kind(), relative(f.file()), f.line(), f.message()));
      }
      boolean success = compilation.status() == Compilation.Status.SUCCESS;
      // compile-testing offers generated files only of a successful compilation.
      return new Result(success, null, findings, success ? generated(compilation) : Map.of());
    } catch (Throwable t) { // a processor exception or a compiler crash
      return new Result(false, t, List.of(), Map.of());
    }
  }

  /**
   * A diagnostic's file as the path under the folder with a leading slash, as javac runs name it.
   */
  private String relative(String file) {
    if (file == null) {
      return null;
    }
    String root = folder.toUri().getPath();
    return file.startsWith(root) ? "/" + file.substring(root.length()) : file;
  }

  private static Map<String, String> generated(Compilation compilation) throws IOException {
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
}
