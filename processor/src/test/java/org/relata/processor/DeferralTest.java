package org.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A class whose types another processor generates later is deferred, then processed; one that never
 * resolves is left to the compiler.
 */
class DeferralTest {
  private static final String PAINT =
      "package t; import org.relata.*; import t.gen.Color;\n"
          + "@Entity public class Paint { @Id Long id; Color color; }";

  @Test
  void typesGeneratedInALaterRoundAreWaitedFor() {
    // The other processor runs first: Relata claims its annotations, and javac offers a "*"
    // processor only what is unclaimed. Relata still sees Paint before Color exists.
    Compilation compilation =
        javac()
            .withProcessors(new ColorProcessor(), new RelataProcessor())
            .compile(JavaFileObjects.forSourceString("t.Paint", PAINT));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("t.PaintRelations")
        .contentsAsUtf8String()
        .contains("Field<Color> COLOR");
  }

  @Test
  void typesThatNeverAppearAreLeftToTheCompiler() {
    Compilation compilation =
        javac()
            .withProcessors(new RelataProcessor())
            .compile(JavaFileObjects.forSourceString("t.Paint", PAINT));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    // The compiler names the missing class; a Relata error about it would only repeat that.
    com.google.common.truth.Truth.assertThat(
            compilation.errors().stream().noneMatch(d -> d.getMessage(null).contains("[Relata/")))
        .isTrue();
  }

  /** Stands for another annotation processor: writes {@code t.gen.Color} in its first round. */
  static final class ColorProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("t.gen.Color").openWriter()) {
          w.write("package t.gen; public enum Color { RED, GREEN }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
