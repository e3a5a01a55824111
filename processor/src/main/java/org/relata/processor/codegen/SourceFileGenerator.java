package org.relata.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.relata.processor.model.Model;
import org.relata.processor.model.Names;

/**
 * The base of every generator: writes one source file per call, with exactly one originating
 * element (which keeps incremental builds precise) and {@code @Generated}, formatted the same way
 * every time, and with the {@code @SuppressWarnings} that the user's deprecations call for.
 */
abstract class SourceFileGenerator<T> {
  private final ProcessingEnvironment env;

  /** The whole resolved model: a file refers to the generated classes of related entities. */
  final Model model;

  SourceFileGenerator(ProcessingEnvironment env, Model model) {
    this.env = env;
    this.model = model;
  }

  /**
   * The class that {@code input} originates from; the only originating element of the file, whose
   * package the file goes into.
   */
  abstract TypeElement originatingElement(T input);

  /** The generated type, without the annotations and originating element that this base adds. */
  abstract TypeSpec.Builder write(T input);

  /**
   * The user's elements that the generated code names or reads: classes, fields, constructors and
   * accessors, so that the base can suppress exactly the deprecation warnings they cause.
   */
  abstract List<Element> uses(T input);

  /** The element utilities of the compilation. */
  final Elements elements() {
    return env.getElementUtils();
  }

  /** Writes the file for {@code input} through the Filer. */
  final void generate(T input) {
    TypeSpec.Builder type = write(input).addOriginatingElement(originatingElement(input));
    List<String> suppressed = Deprecations.suppressed(env.getElementUtils(), uses(input));
    if (!suppressed.isEmpty()) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", Deprecations.value(suppressed))
              .build());
    }
    // Older platforms lack the annotation; generated code must still compile there.
    if (GeneratedAnnotation.available(env)) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.get(GeneratedAnnotation.PACKAGE, "Generated"))
              .addMember("value", "$S", GeneratedAnnotation.VALUE)
              .build());
    }
    JavaFile file =
        JavaFile.builder(Names.packageName(originatingElement(input)), type.build())
            .indent("  ")
            .skipJavaLangImports(true)
            .build();
    try {
      file.writeTo(env.getFiler());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write " + file.packageName() + "." + file.typeSpec().name(), e);
    }
  }
}
