package org.relata.processor.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.relata.processor.RelataProcessor;

/**
 * Compiles models in-process with javac and the Relata processor, fast enough for thousands of
 * models: one compiler and one standard file manager (which caches the classpath) serve every
 * compilation, and sources, generated sources and class files stay in memory.
 */
final class FuzzCompiler extends TimedCompiler implements AutoCloseable {
  /**
   * The lint set Relata's own build uses, so that any warning in generated code shows. Javac stops
   * after flow analysis when there is no error: every compile error is found by then, and writing
   * class files would only cost time.
   */
  private static final List<String> OPTIONS =
      List.of(
          "--release",
          "17",
          "-Xlint:all,-processing",
          "-implicit:none",
          "-XDshould-stop.ifNoError=FLOW");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager standard;

  FuzzCompiler() {
    super("javac");
    standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      standard.setLocation(StandardLocation.CLASS_PATH, classpath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code sources} (path to text) with a fresh processor; never throws. */
  @Override
  Result run(Map<String, String> sources) {
    List<JavaFileObject> units = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      units.add(new Source(source.getKey(), source.getValue()));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Memory memory = new Memory(standard);
    Throwable crash = null;
    boolean success = false;
    try {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, memory, diagnostics, OPTIONS, null, units);
      task.setProcessors(List.of(new RelataProcessor()));
      success = task.call();
    } catch (
        Throwable t) { // a processor exception or a compiler crash: exactly what the fuzzer hunts
      crash = t;
    }
    return new Result(success, crash, Finding.of(diagnostics.getDiagnostics()), memory.generated());
  }

  @Override
  public void close() throws IOException {
    standard.close();
  }

  /** What the test compilations need to see: the annotations, the runtime and jOOQ. */
  static List<File> classpath() {
    List<File> files = new ArrayList<>();
    for (String name :
        List.of(
            "org.relata.Entity",
            "org.relata.runtime.meta.EntityRelations",
            "org.jooq.Table",
            "org.reactivestreams.Publisher",
            "io.r2dbc.spi.ConnectionFactory")) {
      try {
        Class<?> type = Class.forName(name, false, FuzzCompiler.class.getClassLoader());
        files.add(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("test classpath lacks " + name, e);
      }
    }
    return files;
  }

  /** The outcome of one compilation. */
  record Result(
      boolean success,
      Throwable crash,
      List<Finding> findings,
      Map<String, String> generatedSources) {}

  /** One diagnostic, reduced to what the checks read, detached from the compiler. */
  record Finding(Diagnostic.Kind kind, String file, long line, String message) {
    static List<Finding> of(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
      List<Finding> findings = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        String file = d.getSource() == null ? null : d.getSource().toUri().getPath();
        findings.add(new Finding(d.getKind(), file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
      }
      return findings;
    }

    boolean isRelata() {
      return message.startsWith("[Relata/");
    }

    /** The id between {@code [Relata/} and {@code ]}, or null. */
    String relataId() {
      return isRelata() ? message.substring("[Relata/".length(), message.indexOf(']')) : null;
    }

    /** Placed on an element: it has a file and a line. */
    boolean placed() {
      return file != null && line > 0;
    }

    @Override
    public String toString() {
      return kind + " " + (file == null ? "-" : file) + ":" + line + " " + message;
    }
  }

  /** A source held in memory, under a path-shaped URI so that diagnostics name its file. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** A generated file held in memory; javac reads generated sources back through it. */
  private static final class Output extends SimpleJavaFileObject {
    private final Map<String, byte[]> store;
    private final String key;

    Output(String key, Kind kind, Map<String, byte[]> store) {
      super(URI.create("mem:///" + key), kind);
      this.store = store;
      this.key = key;
    }

    @Override
    public OutputStream openOutputStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() {
          store.put(key, toByteArray());
        }
      };
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      byte[] bytes = store.get(key);
      return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * Keeps every output of one compilation in memory, and reads everything else from the standard
   * manager.
   */
  private static final class Memory extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, byte[]> sources = new TreeMap<>();
    private final Map<String, byte[]> classes = new TreeMap<>();
    private final Map<String, byte[]> resources = new TreeMap<>();

    Memory(JavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      String key = className.replace('.', '/') + kind.extension;
      return new Output(key, kind, kind == JavaFileObject.Kind.SOURCE ? sources : classes);
    }

    @Override
    public FileObject getFileForOutput(
        Location location, String packageName, String relativeName, FileObject sibling) {
      String key =
          packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
      return new Output(key, JavaFileObject.Kind.OTHER, resources);
    }

    /** The generated sources and resources, as text. */
    Map<String, String> generated() {
      Map<String, String> text = new TreeMap<>();
      sources.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
      resources.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
      return text;
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return a.toUri().equals(b.toUri());
    }
  }
}
