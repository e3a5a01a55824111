package org.relata.processor;

import com.google.auto.service.AutoService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.JakartaData;

/**
 * Implements Jakarta Data {@code @Repository} interfaces over Relata entities: for {@code Users} it
 * generates {@code Users_}, a class on a {@code Session}.
 *
 * <p>A processor of its own, apart from {@link RelataProcessor}, because {@code @Repository} is not
 * Relata's: it never claims the annotation, so that another provider's processor still sees the
 * repositories over its entities. It does nothing when Jakarta Data is not on the classpath.
 */
@AutoService(Processor.class)
public final class RepositoryProcessor extends AbstractProcessor {
  private RepositoryStep step;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(JakartaData.REPOSITORY);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (step == null) {
        step =
            new RepositoryStep(processingEnv, new ResilientMessager(processingEnv.getMessager()));
      }
      step.process(round);
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format("the repositories", trace));
    }
    // @Repository is Jakarta Data's, shared with other providers: never claimed.
    return false;
  }
}
