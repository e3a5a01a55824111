package org.relata.processor;

import com.google.auto.service.AutoService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.relata.processor.codegen.CodeGenerator;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.Annotations;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.Resolver;
import org.relata.processor.validation.ModelValidator;
import org.relata.processor.validation.StrayAnnotationValidator;
import org.relata.processor.validation.ValidationReport;

/**
 * The Relata annotation processor: models the entities of a compilation, validates their
 * relationships, and generates each entity's {@code XRelations} base class (which holds its
 * structure) and the structure resource {@code META-INF/relata/<binary name>.relata} of each
 * association table.
 *
 * <p>It never throws to javac. A failure while handling one class is reported as an error on that
 * class, with the stack trace, and the other classes are still handled.
 */
@AutoService(Processor.class)
public final class RelataProcessor extends AbstractProcessor {
  /**
   * {@code -Arelata.backref=note|warning|error}: how strictly a legacy {@code @Backref} is
   * reported.
   */
  public static final String BACKREF_OPTION = "relata.backref";

  private static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";
  private static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";

  /** Classes deferred to the next round, by qualified name, with the missing types they use. */
  private final Map<String, List<String>> deferred = new LinkedHashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Annotations.ENTITY,
        Annotations.ASSOCIATION_TABLE,
        Annotations.RELATIONSHIP,
        Annotations.BACKREF,
        Annotations.FOREIGN_KEY,
        Annotations.ID,
        Annotations.COLUMN);
  }

  /**
   * The backref option, and the Gradle incremental mode for the {@code dynamic} registration: a
   * {@code @Backref} writes into the target's generated class and resource, which then depend on
   * another source file, so the processor is aggregating unless {@code -Arelata.backref=error}
   * forbids backrefs, when every generated file (source or resource, each with its class as the one
   * originating element) depends only on its originating class and what that class references.
   */
  @Override
  public Set<String> getSupportedOptions() {
    boolean noBackrefs =
        processingEnv != null && "error".equals(processingEnv.getOptions().get(BACKREF_OPTION));
    return Set.of(BACKREF_OPTION, noBackrefs ? GRADLE_ISOLATING : GRADLE_AGGREGATING);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        processStillDeferred();
      } else {
        processRound(round);
      }
    } catch (RuntimeException e) {
      error(null, Message.INTERNAL_ERROR.format("this compilation", stackTrace(e)));
    }
    // The annotations are Relata's own: claiming them keeps javac -Xlint:processing quiet.
    return true;
  }

  private void processRound(RoundEnvironment round) {
    Set<TypeElement> entityRoots = new LinkedHashSet<>();
    Set<TypeElement> tableRoots = new LinkedHashSet<>();
    addDeferred(entityRoots, tableRoots);
    entityRoots.addAll(typesAnnotated(round, Annotations.ENTITY));
    tableRoots.addAll(typesAnnotated(round, Annotations.ASSOCIATION_TABLE));
    ValidationReport strays = StrayAnnotationValidator.validate(round, processingEnv);
    strays.printTo(messager());
    if (entityRoots.isEmpty() && tableRoots.isEmpty()) {
      return;
    }
    // Relationships and backrefs cross classes, so one class with missing types holds back all:
    // the whole set is modelled together in the round where everything exists.
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (TypeElement t : concat(entityRoots, tableRoots)) {
      List<String> unresolved = Deferral.unresolved(t);
      if (!unresolved.isEmpty()) {
        missing.put(t.getQualifiedName().toString(), unresolved);
      }
    }
    deferred.clear();
    if (!missing.isEmpty()) {
      for (TypeElement t : concat(entityRoots, tableRoots)) {
        deferred.put(
            t.getQualifiedName().toString(),
            missing.getOrDefault(t.getQualifiedName().toString(), List.of()));
      }
      return;
    }
    validateAndGenerate(entityRoots, tableRoots, true);
  }

  /** Models and validates the roots, then generates their code unless {@code generate} is false. */
  private void validateAndGenerate(
      Set<TypeElement> entityRoots, Set<TypeElement> tableRoots, boolean generate) {
    Model model = buildModel(entityRoots, tableRoots);
    ValidationReport report;
    try {
      report = new ModelValidator(processingEnv).validate(model);
    } catch (RuntimeException e) {
      error(
          first(entityRoots, tableRoots),
          Message.INTERNAL_ERROR.format("the model", stackTrace(e)));
      return;
    }
    report.printTo(messager());
    if (generate) {
      generate(model, new GenerationGate(model, report.errorElements()));
    }
  }

  /** Models the roots, and every entity and association table they reach, then resolves them. */
  private Model buildModel(Set<TypeElement> entityRoots, Set<TypeElement> tableRoots) {
    ModelCollector collector = new ModelCollector(processingEnv, this::failed);
    collector.addRoots(entityRoots, tableRoots);
    return Resolver.resolve(collector.entities(), collector.tables(), processingEnv.getOptions());
  }

  private void generate(Model model, GenerationGate gate) {
    CodeGenerator generator = new CodeGenerator(processingEnv);
    for (EntityModel e : model.entities()) {
      if (e.inCompilation()) {
        try {
          if (gate.allows(e.qualifiedName())) {
            generator.generate(model, e);
          } else {
            generator.generatePlaceholder(model, e);
          }
        } catch (RuntimeException ex) {
          failed(e.element(), ex);
        }
      }
    }
    for (AssociationTableModel t : model.associationTables()) {
      if (t.inCompilation() && gate.allows(t.qualifiedName())) {
        try {
          generator.generate(model, t);
        } catch (RuntimeException ex) {
          failed(t.element(), ex);
        }
      }
    }
  }

  /**
   * Handles the classes still waiting for missing types when processing ends: those types will
   * never exist, and the compiler reports each one itself, so Relata adds no error of its own about
   * them. It still reports every other mistake it can see in those classes. It generates nothing:
   * javac would not use a file written in the last round, and would warn about it.
   */
  private void processStillDeferred() {
    Set<TypeElement> entityRoots = new LinkedHashSet<>();
    Set<TypeElement> tableRoots = new LinkedHashSet<>();
    addDeferred(entityRoots, tableRoots);
    deferred.clear();
    if (!entityRoots.isEmpty() || !tableRoots.isEmpty()) {
      validateAndGenerate(entityRoots, tableRoots, false);
    }
  }

  /** Adds the classes deferred from earlier rounds to the roots, looked up again by name. */
  private void addDeferred(Set<TypeElement> entityRoots, Set<TypeElement> tableRoots) {
    for (String name : deferred.keySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        (Annotations.find(type, Annotations.ENTITY) != null ? entityRoots : tableRoots).add(type);
      }
    }
  }

  private void failed(Element element, RuntimeException e) {
    error(element, Message.INTERNAL_ERROR.format(element, stackTrace(e)));
  }

  private void error(Element element, String message) {
    if (element == null) {
      messager().printMessage(Diagnostic.Kind.ERROR, message);
    } else {
      messager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
  }

  /** Every diagnostic goes through this, which survives a compiler that fails to place one. */
  private Messager messager() {
    return new ResilientMessager(processingEnv.getMessager());
  }

  private Set<TypeElement> typesAnnotated(RoundEnvironment round, String annotation) {
    Set<TypeElement> out = new LinkedHashSet<>();
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    if (type != null) {
      for (Element e : round.getElementsAnnotatedWith(type)) {
        if (e instanceof TypeElement t) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static List<TypeElement> concat(Set<TypeElement> a, Set<TypeElement> b) {
    List<TypeElement> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Element first(Set<TypeElement> a, Set<TypeElement> b) {
    Deque<TypeElement> all = new ArrayDeque<>(concat(a, b));
    return all.peekFirst();
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
