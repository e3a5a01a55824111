package org.relata.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.relata.processor.RepositoryProcessor;
import org.relata.processor.diagnostics.Message;

/** The result of compiling a {@link Fixture} with a processor, with Relata's assertions on it. */
public final class Outcome {
  private final Fixture fixture;
  private final Compilation compilation;

  private Outcome(Fixture fixture, Compilation compilation) {
    this.fixture = fixture;
    this.compilation = compilation;
  }

  /** Compiles every source of {@code fixture} with a fresh processor and the given options. */
  public static Outcome compile(
      TestCompiler compiler,
      Supplier<? extends Processor> processor,
      Fixture fixture,
      String... options) {
    Compilation compilation =
        compiler
            .compiler(options)
            .withProcessors(processor.get(), new RepositoryProcessor())
            .compile(fixture.sources());
    return new Outcome(fixture, compilation);
  }

  /**
   * Compiles every source of {@code fixture} with a fresh processor, with {@code classpath} added,
   * such as the classes of an upstream module.
   */
  public static Outcome compile(
      TestCompiler compiler,
      Supplier<? extends Processor> processor,
      Fixture fixture,
      List<File> classpath,
      String... options) {
    return compile(compiler, List.of(processor.get()), fixture, classpath, options);
  }

  /**
   * Compiles every source of {@code fixture} with {@code processors}, run in their order in each
   * round, with {@code classpath} added.
   */
  public static Outcome compile(
      TestCompiler compiler,
      List<Processor> processors,
      Fixture fixture,
      List<File> classpath,
      String... options) {
    Compilation compilation =
        compiler.compiler(classpath, options).withProcessors(processors).compile(fixture.sources());
    return new Outcome(fixture, compilation);
  }

  /**
   * Asserts an error with {@code message}'s tag in {@code file}, on the line holding {@code line}.
   */
  public Outcome hasError(Message message, String file, String line) {
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(message.tag())
        .inFile(file(file))
        .onLineContaining(line);
    return this;
  }

  /**
   * Asserts a warning with {@code message}'s tag in {@code file}, on the line holding {@code line}.
   */
  public Outcome hasWarning(Message message, String file, String line) {
    assertThat(compilation)
        .hadWarningContaining(message.tag())
        .inFile(file(file))
        .onLineContaining(line);
    return this;
  }

  /**
   * Asserts a note with {@code message}'s tag in {@code file}, on the line holding {@code line}.
   */
  public Outcome hasNote(Message message, String file, String line) {
    assertThat(compilation)
        .hadNoteContaining(message.tag())
        .inFile(file(file))
        .onLineContaining(line);
    return this;
  }

  /** Asserts that some diagnostic of any kind contains {@code text}, such as a did-you-mean. */
  public Outcome mentions(String text) {
    assertWithMessage("diagnostics of %s:\n%s", fixture, describe())
        .that(compilation.diagnostics().stream().anyMatch(d -> message(d).contains(text)))
        .isTrue();
    return this;
  }

  /**
   * Asserts that every error is one of Relata's: a mistake must not bury the user in follow-on
   * errors such as "cannot find symbol" for a generated class.
   */
  public Outcome hasOnlyRelataErrors() {
    List<String> others =
        compilation.errors().stream()
            .map(Outcome::message)
            .filter(m -> !m.startsWith("[Relata/"))
            .collect(Collectors.toList());
    assertWithMessage("non-Relata errors of %s:\n%s", fixture, describe()).that(others).isEmpty();
    return this;
  }

  /** Asserts success with no warnings at all, from the compiler or the processor. */
  public Outcome succeedsWithoutWarnings() {
    assertWithMessage("diagnostics of %s:\n%s", fixture, describe())
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation).succeededWithoutWarnings();
    return this;
  }

  /** The count of diagnostics carrying {@code message}'s tag. */
  public long count(Message message) {
    return compilation.diagnostics().stream()
        .filter(d -> message(d).contains(message.tag()))
        .count();
  }

  public Compilation compilation() {
    return compilation;
  }

  private JavaFileObject file(String relativePath) {
    return fixture.file(relativePath);
  }

  private String describe() {
    return compilation.diagnostics().stream()
        .map(
            d ->
                d.getKind()
                    + " "
                    + (d.getSource() == null ? "-" : d.getSource().getName())
                    + ":"
                    + d.getLineNumber()
                    + " "
                    + message(d))
        .collect(Collectors.joining("\n"));
  }

  private static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }
}
