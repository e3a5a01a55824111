package org.relata.processor.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;

/**
 * The base of the generators of an entity's {@code ERelations}, written as text (see {@link
 * SourceText}): one file per call, whose only originating element is the entity, with the class's
 * Javadoc, {@code @Generated} and the {@code @SuppressWarnings} that the user's deprecations call
 * for, then the class that the subclass writes.
 */
abstract class EntitySourceGenerator {
  /** The indentation of one level. */
  static final String INDENT = "  ";

  /** The runtime's package of metamodel classes. */
  static final String META = "org.relata.runtime.meta";

  private final ProcessingEnvironment env;
  // "package.Simple" -> whether that class exists, looked up once per compilation.
  private final Map<String, Boolean> declared = new HashMap<>();

  /** The whole resolved model: a file refers to the generated classes of related entities. */
  final Model model;

  EntitySourceGenerator(ProcessingEnvironment env, Model model) {
    this.env = env;
    this.model = model;
  }

  /** The class's Javadoc, its lines without comment markers. */
  abstract String javadoc(SourceText text, EntityModel entity);

  /** Writes the class's members, between its braces, naming every class through {@code text}. */
  abstract void members(SourceText text, StringBuilder out, EntityModel entity);

  /** The user's elements that the code names or reads, for {@link Deprecations}. */
  abstract List<Element> uses(EntityModel entity);

  /** Writes the file for {@code entity} through the Filer. */
  final void generate(EntityModel entity) {
    TypeElement origin = entity.element();
    String pkg = entity.packageName();
    SourceText text =
        new SourceText(
            pkg,
            entity.relationsName(),
            simple -> !pkg.isEmpty() && declared.computeIfAbsent(pkg + "." + simple, this::exists));
    StringBuilder out = new StringBuilder(4096);
    javadoc(out, "", javadoc(text, entity));
    List<String> suppressed = Deprecations.suppressed(env.getElementUtils(), uses(entity));
    if (!suppressed.isEmpty()) {
      out.append('@')
          .append(text.name("java.lang", "SuppressWarnings"))
          .append('(')
          .append(Deprecations.value(suppressed))
          .append(")\n");
    }
    // Older platforms lack the annotation; generated code must still compile there.
    if (GeneratedAnnotation.available(env)) {
      out.append('@')
          .append(text.name(GeneratedAnnotation.PACKAGE, "Generated"))
          .append('(')
          .append(SourceText.literal(GeneratedAnnotation.VALUE))
          .append(")\n");
    }
    out.append("public abstract class ")
        .append(entity.relationsName())
        .append(" extends ")
        .append(text.name(META, "EntityRelations"))
        .append(" {\n");
    members(text, out, entity);
    out.append("}\n");
    String name = text.qualifiedClassName();
    try {
      JavaFileObject file = env.getFiler().createSourceFile(name, origin);
      try (Writer w = file.openWriter()) {
        w.write(text.render(out));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name, e);
    }
  }

  private boolean exists(String qualifiedName) {
    return env.getElementUtils().getTypeElement(qualifiedName) != null;
  }

  /** Appends the protected no-argument constructor that the entity calls. */
  static void constructor(StringBuilder out, EntityModel entity) {
    out.append(INDENT)
        .append("protected ")
        .append(entity.relationsName())
        .append("() {\n")
        .append(INDENT)
        .append("}\n");
  }

  /** Appends {@code doc} as a Javadoc comment indented by {@code indent}. */
  static void javadoc(StringBuilder out, String indent, String doc) {
    out.append(indent).append("/**\n");
    for (String line : doc.split("\n")) {
      out.append(indent).append(" *");
      if (!line.isEmpty()) {
        out.append(' ').append(line);
      }
      out.append('\n');
    }
    out.append(indent).append(" */\n");
  }
}
