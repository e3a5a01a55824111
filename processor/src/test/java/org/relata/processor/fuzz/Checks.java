package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import org.relata.processor.fuzz.FuzzCompiler.Finding;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;
import org.relata.processor.model.Names;

/**
 * The verdicts on one compiled model: whether the processor crashed, whether a valid model compiled
 * clean with all its generated code, and whether a mutated model's mistake was caught. Each returns
 * the problems it found, empty when all is well.
 */
final class Checks {
  private Checks() {}

  /**
   * A crash: an exception out of the compiler, Relata's internal error, or a processor that threw.
   */
  static List<String> crash(Throwable thrown, List<Finding> findings) {
    List<String> problems = new ArrayList<>();
    if (thrown != null) {
      problems.add("the compilation threw " + stackTrace(thrown));
    }
    for (Finding f : findings) {
      if ("InternalError".equals(f.relataId())
          || f.message().contains("threw an uncaught exception")
          || f.message().contains("An exception has occurred in the compiler")) {
        problems.add("crash reported as a diagnostic: " + f);
      }
    }
    return problems;
  }

  /**
   * Valid models compiled together: no error, no warning, one note per {@code @Backref}, no other
   * note from Relata or on generated code, and every generated file there (and compiled, since the
   * compilation succeeded). The compiler's own hints on the user's sources are allowed, such as
   * ecj's note that a member of a deprecated class might be deprecated too.
   */
  static List<String> clean(
      List<ModelSpec> models,
      boolean success,
      List<Finding> findings,
      Map<String, String> generated) {
    List<String> problems = new ArrayList<>();
    if (!success) {
      problems.add("the compilation failed");
    }
    Set<String> userFiles = new TreeSet<>();
    for (ModelSpec model : models) {
      SourceWriter.sources(model).keySet().forEach(path -> userFiles.add("/" + path));
    }
    int notes = 0;
    for (Finding f : findings) {
      if (f.kind() == Diagnostic.Kind.NOTE && "BackrefLegacy".equals(f.relataId())) {
        notes++;
      } else if (!(f.kind() == Diagnostic.Kind.NOTE
          && !f.isRelata()
          && userFiles.contains(f.file()))) {
        problems.add("unexpected diagnostic: " + f);
      }
    }
    int backrefs = 0;
    for (ModelSpec model : models) {
      backrefs += model.backrefCount();
      for (String file : expectedFiles(model)) {
        if (!generated.containsKey(file)) {
          problems.add("not generated: " + file);
        }
      }
    }
    if (notes != backrefs) {
      problems.add(notes + " backref notes for " + backrefs + " @Backref");
    }
    for (ModelSpec model : models) {
      problems.addAll(SqlNameChecks.names(model, generated));
    }
    problems.addAll(SqlNameChecks.onlyQuotedNames(generated));
    return problems;
  }

  /**
   * A mutated model: it is reported with at least one Relata diagnostic of the mutation's severity
   * placed in a file on a line (unless {@code placed} is false), and one of them carries an id that
   * names this mistake. An error must also fail the compilation.
   */
  static List<String> caught(
      Mutation mutation, boolean success, List<Finding> findings, boolean placed) {
    List<String> problems = new ArrayList<>();
    boolean error = mutation.severity() == Diagnostic.Kind.ERROR;
    if (error && success) {
      problems.add("compiled without error");
      return problems;
    }
    List<String> ids = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind() == mutation.severity() && f.isRelata() && (f.placed() || !placed)) {
        ids.add(f.relataId());
      }
    }
    String what = error ? "error" : "warning";
    if (ids.isEmpty()) {
      problems.add("no Relata " + what + " placed on an element; diagnostics: " + findings);
    } else if (!mutation.expected().isEmpty()
        && ids.stream().noneMatch(mutation.expected()::contains)) {
      problems.add("caught as " + ids + " but not as any of " + mutation.expected());
    }
    return problems;
  }

  /** How many errors came from the compiler rather than Relata: follow-on noise for the user. */
  static long compilerErrors(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.kind() == Diagnostic.Kind.ERROR && !f.isRelata())
        .count();
  }

  /**
   * The generated files a model must get: {@code ERelations} for each entity (its structure inside)
   * and the resource for each association table.
   */
  static Set<String> expectedFiles(ModelSpec model) {
    Set<String> files = new TreeSet<>();
    for (EntitySpec e : model.entities) {
      files.add(SqlNameChecks.structureFile(e));
    }
    for (TableSpec t : model.tables) {
      files.add(SqlNameChecks.structureFile(t));
    }
    return files;
  }

  /**
   * Whether two models cannot share a compilation: an association table of one has the table name
   * of an entity of the other, and Relata rightly warns when two classes write one table.
   */
  static boolean shareTables(ModelSpec a, ModelSpec b) {
    return !Collections.disjoint(tableNames(a.tables), tableNames(b.entities))
        || !Collections.disjoint(tableNames(b.tables), tableNames(a.entities));
  }

  private static Set<String> tableNames(List<? extends ModelSpec.ClassSpec> classes) {
    Set<String> names = new TreeSet<>();
    for (ModelSpec.ClassSpec c : classes) {
      String table = c instanceof EntitySpec e ? e.table : ((TableSpec) c).table;
      names.add((table != null ? table : Names.snakeCase(c.name)).toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
