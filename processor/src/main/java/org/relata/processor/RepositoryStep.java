package org.relata.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import org.relata.processor.codegen.CodeGenerator;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.JakartaData;
import org.relata.processor.model.Model;
import org.relata.processor.model.Names;
import org.relata.processor.model.RepositoryMethod;
import org.relata.processor.model.RepositoryModel;
import org.relata.processor.model.RepositoryModelBuilder;
import org.relata.processor.model.Resolver;
import org.relata.processor.validation.RepositoryValidator;
import org.relata.processor.validation.ValidationReport;

/**
 * Handles the Jakarta Data {@code @Repository} interfaces of a round, each on its own: models it,
 * models the entities it uses (from this compilation or the classpath), validates it against them,
 * and generates its implementation when it is clean. Does nothing when the Jakarta Data API is not
 * on the compile classpath.
 */
final class RepositoryStep {
  private final ProcessingEnvironment env;
  private final Messager messager;

  /** Repositories whose signatures name types that do not exist yet, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

  RepositoryStep(ProcessingEnvironment env, Messager messager) {
    this.env = env;
    this.messager = messager;
  }

  /**
   * Processes the repositories of {@code round} and those deferred before. A repository waits for
   * the rounds in which its entities' {@code ERelations} classes exist; those still missing when
   * processing ends belong to entities with errors, so it is then validated but not generated.
   */
  void process(RoundEnvironment round) {
    TypeElement annotation = env.getElementUtils().getTypeElement(JakartaData.REPOSITORY);
    if (annotation == null) {
      return;
    }
    Set<TypeElement> roots = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement t = env.getElementUtils().getTypeElement(name);
      if (t != null) {
        roots.add(t);
      }
    }
    deferred.clear();
    for (Element e : round.getElementsAnnotatedWith(annotation)) {
      if (e instanceof TypeElement t) {
        roots.add(t);
      }
    }
    RepositoryModelBuilder builder = new RepositoryModelBuilder(env);
    for (TypeElement t : roots) {
      try {
        if (!builder.isRelatas(t)) {
          continue;
        }
        if (!round.processingOver() && hasMissingTypes(t)) {
          deferred.add(t.getQualifiedName().toString());
          continue;
        }
        RepositoryModel repository = builder.repository(t);
        boolean metamodelsExist = metamodelsExist(repository);
        if (!round.processingOver() && !metamodelsExist) {
          deferred.add(t.getQualifiedName().toString());
          continue;
        }
        handle(repository, !metamodelsExist || round.processingOver());
      } catch (RuntimeException ex) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        messager.printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(t, trace), t);
      }
    }
  }

  private void handle(RepositoryModel repository, boolean noGeneration) {
    Model model = entities(repository);
    ValidationReport report = new RepositoryValidator(env, model).validate(repository);
    report.printTo(messager);
    if (!report.hasErrors() && !noGeneration) {
      new CodeGenerator(env).generate(model, repository);
    }
  }

  /**
   * Whether the generated {@code ERelations} of every entity the repository uses exists already.
   */
  private boolean metamodelsExist(RepositoryModel repository) {
    for (TypeElement e : entitiesOf(repository)) {
      String metamodel = Names.packageName(e);
      metamodel = (metamodel.isEmpty() ? "" : metamodel + ".") + Names.flatName(e) + "Relations";
      if (env.getElementUtils().getTypeElement(metamodel) == null) {
        return false;
      }
    }
    return true;
  }

  private static Set<TypeElement> entitiesOf(RepositoryModel repository) {
    Set<TypeElement> roots = new LinkedHashSet<>();
    if (repository.primaryEntity() != null) {
      roots.add(repository.primaryEntity());
    }
    for (RepositoryMethod m : repository.methods()) {
      if (m.entity() != null) {
        roots.add(m.entity());
      }
    }
    return roots;
  }

  /** The resolved model of the entities the repository's methods use, and those they reach. */
  private Model entities(RepositoryModel repository) {
    Set<TypeElement> roots = entitiesOf(repository);
    Map<Element, RuntimeException> failures = new LinkedHashMap<>();
    ModelCollector collector = new ModelCollector(env, failures::put);
    collector.addRoots(roots, List.of());
    if (!failures.isEmpty()) {
      throw failures.values().iterator().next();
    }
    return Resolver.resolve(collector.entities(), collector.tables(), env.getOptions());
  }

  /** Whether a method signature of {@code t} names a type that does not exist yet. */
  private static boolean hasMissingTypes(TypeElement t) {
    List<TypeMirror> used = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
      used.add(m.getReturnType());
      for (VariableElement p : m.getParameters()) {
        used.add(p.asType());
      }
    }
    for (TypeMirror u : used) {
      if (!Deferral.unresolvedIn(u).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
