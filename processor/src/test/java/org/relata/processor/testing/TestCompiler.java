package org.relata.processor.testing;

import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.Writer;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The compilers every processor test runs under: javac, which Maven and Gradle use, and the Eclipse
 * compiler, which IDE users see.
 */
public enum TestCompiler {
  JAVAC {
    @Override
    JavaCompiler tool() {
      return ToolProvider.getSystemJavaCompiler();
    }

    @Override
    List<String> lintOptions() {
      // The same lint set Relata's own build uses: any warning in generated code shows here.
      return List.of("-Xlint:all,-processing");
    }
  },
  ECJ {
    @Override
    JavaCompiler tool() {
      return new QuietCompiler(new EclipseCompiler());
    }

    @Override
    List<String> lintOptions() {
      return List.of();
    }
  };

  /**
   * What a test compilation needs to see: the annotations, the runtime, jOOQ, and Jakarta Data for
   * repositories.
   */
  private static final List<File> CLASSPATH =
      locations(
          "org.relata.Entity",
          "jakarta.data.repository.Repository",
          "org.relata.runtime.meta.EntityRelations",
          "org.jooq.Table",
          "org.reactivestreams.Publisher",
          "io.r2dbc.spi.ConnectionFactory");

  /** Where the Jakarta Data API comes from, for compilations of users who do not use it. */
  private static final File JAKARTA_DATA = locations("jakarta.data.repository.Repository").get(0);

  abstract JavaCompiler tool();

  abstract List<String> lintOptions();

  /**
   * A compile-testing compiler for Java 17 sources, with the test classpath and {@code extra}
   * options.
   */
  public Compiler compiler(String... extraOptions) {
    return compiler(List.of(), extraOptions);
  }

  /**
   * A compile-testing compiler as {@link #compiler(String...)}, that also sees {@code
   * extraClasspath}, such as the classes of an upstream module.
   */
  public Compiler compiler(List<File> extraClasspath, String... extraOptions) {
    List<String> options = new ArrayList<>(List.of("--release", "17"));
    options.addAll(lintOptions());
    options.addAll(List.of(extraOptions));
    List<File> classpath = new ArrayList<>(CLASSPATH);
    classpath.addAll(extraClasspath);
    return Compiler.compiler(tool()).withClasspath(classpath).withOptions(options);
  }

  /** The annotations, the runtime and jOOQ: what a compilation of entities needs to see. */
  public static List<File> classpath() {
    return CLASSPATH;
  }

  /** As {@link #compiler}, with a classpath that lacks the Jakarta Data API. */
  public Compiler compilerWithoutJakartaData(String... extraOptions) {
    List<File> classpath = new ArrayList<>(CLASSPATH);
    classpath.remove(JAKARTA_DATA);
    return compiler(extraOptions).withClasspath(classpath);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static List<File> locations(String... classNames) {
    List<File> files = new ArrayList<>();
    for (String name : classNames) {
      try {
        Class<?> type = Class.forName(name, false, TestCompiler.class.getClassLoader());
        files.add(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("test classpath lacks " + name, e);
      }
    }
    return List.copyOf(files);
  }

  /**
   * Runs ecj with its console log discarded: ecj prints every problem to stdout when given no
   * writer, while the tests read the same problems as diagnostics.
   */
  private static final class QuietCompiler implements JavaCompiler {
    private final JavaCompiler delegate;

    QuietCompiler(JavaCompiler delegate) {
      this.delegate = delegate;
    }

    @Override
    public CompilationTask getTask(
        Writer out,
        JavaFileManager fileManager,
        DiagnosticListener<? super JavaFileObject> diagnosticListener,
        Iterable<String> options,
        Iterable<String> classes,
        Iterable<? extends JavaFileObject> compilationUnits) {
      return delegate.getTask(
          out == null ? Writer.nullWriter() : out,
          fileManager,
          diagnosticListener,
          options,
          classes,
          compilationUnits);
    }

    @Override
    public StandardJavaFileManager getStandardFileManager(
        DiagnosticListener<? super JavaFileObject> diagnosticListener,
        Locale locale,
        java.nio.charset.Charset charset) {
      return delegate.getStandardFileManager(diagnosticListener, locale, charset);
    }

    @Override
    public int isSupportedOption(String option) {
      return delegate.isSupportedOption(option);
    }

    @Override
    public int run(
        java.io.InputStream in,
        java.io.OutputStream out,
        java.io.OutputStream err,
        String... arguments) {
      return delegate.run(in, out, err, arguments);
    }

    @Override
    public Set<SourceVersion> getSourceVersions() {
      return delegate.getSourceVersions();
    }
  }
}
