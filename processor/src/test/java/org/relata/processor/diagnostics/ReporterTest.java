package org.relata.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import org.relata.processor.testing.Fixture;
import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.TestCompiler;

/** The reporter places each message on the annotation value, under javac and ecj alike. */
class ReporterTest {
  private static final String ENTITY = "org.relata.Entity";
  private static final String RELATIONSHIP = "org.relata.Relationship";

  /** Reports through {@link Reporter} on every {@code @Entity} and {@code @Relationship}. */
  static final class ReportingProcessor extends AbstractProcessor {
    boolean errorRaised;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(ENTITY);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Reporter reporter = new Reporter(processingEnv.getMessager());
      for (Element type :
          round.getElementsAnnotatedWith(processingEnv.getElementUtils().getTypeElement(ENTITY))) {
        reporter.report(Message.ID_MISSING, Location.value(type, ENTITY, "table"), type);
        for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
          if (field.getSimpleName().contentEquals("defaulted")) {
            // Left at its default, the value has no position: the annotation carries the message.
            reporter.report(
                Diagnostic.Kind.WARNING,
                Message.BACKREF_OPTION_INVALID,
                Location.value(field, RELATIONSHIP, "backPopulates"),
                "loud");
          } else if (Location.mirror(field, RELATIONSHIP) != null) {
            reporter.report(
                Message.RELATIONSHIP_STATIC,
                Location.value(field, RELATIONSHIP, "backPopulates"),
                field);
          }
        }
      }
      errorRaised |= reporter.errorRaised();
      return false;
    }
  }

  @ProcessorTest
  void placesMessagesOnTheValueAtFault(TestCompiler compiler) {
    ReportingProcessor processor = new ReportingProcessor();
    Outcome.compile(compiler, () -> processor, Fixture.of("reporter"))
        .hasError(Message.ID_MISSING, "Placement.java", "table = \"placement\"")
        .hasError(Message.RELATIONSHIP_STATIC, "Placement.java", "backPopulates = \"value\"")
        .hasWarning(Message.BACKREF_OPTION_INVALID, "Placement.java", "Placement defaulted;")
        .mentions("[Relata/IdMissing] @Entity reporter.Placement has no @Id field.");
    assertThat(processor.errorRaised).isTrue();
  }
}
