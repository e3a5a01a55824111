package org.relata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.relata.processor.model.Model;
import org.relata.processor.model.Resolver;

/** Runs only the model phase inside a real javac and keeps the resolved model for assertions. */
final class ModelCapture extends AbstractProcessor {
  private Model model;

  /** The model of {@code sources}, given as (qualified name, source text) pairs. */
  static Model modelOf(String... nameAndSource) {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 0; i < nameAndSource.length; i += 2) {
      files.add(JavaFileObjects.forSourceString(nameAndSource[i], nameAndSource[i + 1]));
    }
    ModelCapture capture = new ModelCapture();
    javac().withProcessors(capture).compile(files);
    if (capture.model == null) {
      throw new AssertionError("no model was built");
    }
    return capture.model;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("org.relata.Entity", "org.relata.AssociationTable");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (model != null || round.processingOver()) {
      return false;
    }
    List<TypeElement> entities = new ArrayList<>();
    List<TypeElement> tables = new ArrayList<>();
    round
        .getElementsAnnotatedWith(
            processingEnv.getElementUtils().getTypeElement("org.relata.Entity"))
        .forEach(e -> entities.add((TypeElement) e));
    round
        .getElementsAnnotatedWith(
            processingEnv.getElementUtils().getTypeElement("org.relata.AssociationTable"))
        .forEach(e -> tables.add((TypeElement) e));
    ModelCollector collector =
        new ModelCollector(
            processingEnv,
            (element, e) -> {
              throw e;
            });
    collector.addRoots(entities, tables);
    model = Resolver.resolve(collector.entities(), collector.tables(), processingEnv.getOptions());
    return false;
  }
}
