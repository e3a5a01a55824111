package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JakartaData;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.RepositoryMethod;
import org.relata.processor.model.RepositoryMethod.FetchSpec;
import org.relata.processor.model.RepositoryMethod.Kind;
import org.relata.processor.model.RepositoryMethod.OrderSpec;
import org.relata.processor.model.RepositoryMethod.Parameter;
import org.relata.processor.model.RepositoryMethod.Result;
import org.relata.processor.model.RepositoryMethod.Role;
import org.relata.processor.model.RepositoryModel;

/**
 * Checks a repository against its entities: every finder parameter, {@code @OrderBy} and {@code
 * Fetch} names what the entity has, with the field's type; every return type is one Relata can
 * produce; every lifecycle method takes the repository's entity. A repository with an error gets no
 * generated class.
 */
public final class RepositoryValidator {
  private static final String FIND_RESULTS =
      "A @Find method returns the entity, Optional<E>, List<E>, Stream<E>, E[], Page<E> (with a"
          + " PageRequest parameter), or long to count, where E is an @Entity.";

  private final Types types;
  private final Model model;

  /**
   * Whether the compiler places a diagnostic on a method parameter: ecj 3.46 prints one placed
   * there with no file, so there it goes on the method, on whose line the parameter usually stands.
   */
  private final boolean placesOnParameters;

  public RepositoryValidator(ProcessingEnvironment env, Model model) {
    this.types = env.getTypeUtils();
    this.model = model;
    this.placesOnParameters = !env.getClass().getName().startsWith("org.eclipse.");
  }

  /** Every diagnostic for {@code repository}. */
  public ValidationReport validate(RepositoryModel repository) {
    ValidationReport.Builder report = ValidationReport.builder();
    TypeElement r = repository.element();
    if (r.getKind() != ElementKind.INTERFACE) {
      report.add(
          Message.REPOSITORY_NOT_INTERFACE,
          Location.of(r),
          r.getQualifiedName(),
          r.getKind() == ElementKind.ANNOTATION_TYPE
              ? "an annotation type"
              : "a"
                  + (r.getKind() == ElementKind.ENUM ? "n " : " ")
                  + r.getKind().toString().toLowerCase(java.util.Locale.ROOT),
          r.getSimpleName());
      return report.build();
    }
    for (RepositoryMethod m : repository.methods()) {
      new MethodCheck(repository, m, report).run();
    }
    return report.build();
  }

  /** The checks of one method, reporting into one report. */
  private final class MethodCheck {
    private final RepositoryModel repository;
    private final RepositoryMethod m;
    private final ValidationReport.Builder report;
    private final String name;

    MethodCheck(RepositoryModel repository, RepositoryMethod m, ValidationReport.Builder report) {
      this.repository = repository;
      this.m = m;
      this.report = report;
      this.name = m.describe(repository.element());
    }

    void run() {
      switch (m.kind()) {
        case FIND -> find();
        case INSERT, UPDATE, SAVE, DELETE -> lifecycle();
        case QUERY ->
            unsupported(
                "Relata does not implement @Query (JDQL).",
                "Write it as a @Find method, or as a default method that uses the session and the"
                    + " entity's column constants, such as User.NAME.");
        case UNANNOTATED ->
            unsupported(
                "it is abstract but has no @Find, @Insert, @Update, @Save or @Delete; Relata does"
                    + " not implement query by method name.",
                "Annotate it, make it a default method, or declare `Session session()` to reach"
                    + " the session.");
        case SESSION, DSL_CONTEXT -> {}
      }
      if (!m.fetches().isEmpty() && m.kind() != Kind.FIND) {
        unsupported("@Fetch applies to @Find methods only.", "Remove @Fetch.");
      }
    }

    private void find() {
      if (m.result() == Result.UNSUPPORTED || m.result() == Result.VOID) {
        returnType(FIND_RESULTS);
        return;
      }
      EntityModel entity = entity();
      if (entity == null) {
        returnType(
            m.result() == Result.COUNT
                ? "A count needs the repository's entity: extend BasicRepository<E, K> or"
                    + " CrudRepository<E, K>."
                : FIND_RESULTS);
        return;
      }
      if (m.result() == Result.PAGE && m.parameter(Role.PAGE_REQUEST) == null) {
        returnType("A Page needs a PageRequest parameter that says which page; add one.");
      }
      if (m.parameter(Role.PAGE_REQUEST) != null && m.parameter(Role.LIMIT) != null) {
        unsupported(
            "it takes both a Limit and a PageRequest.",
            "Keep one: a PageRequest for pages, a Limit for a range of results.");
      }
      conditions(entity);
      for (OrderSpec o : m.orderBy()) {
        if (column(entity, o.attribute()) == null) {
          report.add(
              Message.REPOSITORY_ORDER_BY_UNKNOWN,
              m.declaredHere()
                  ? new Location(m.element(), o.annotation(), o.value())
                  : Location.of(repository.element()),
              o.attribute(),
              name,
              entity.element().getSimpleName(),
              o.attribute(),
              Suggestions.didYouMean(o.attribute(), fieldNames(entity)),
              String.join(", ", fieldNames(entity)));
        }
      }
      List<String> relationships = new ArrayList<>();
      for (RelationshipModel r : model.relationshipsOf(entity)) {
        relationships.add(r.name());
      }
      for (FetchSpec f : m.fetches()) {
        if (!relationships.contains(f.relationship())) {
          report.add(
              Message.FETCH_UNKNOWN,
              new Location(m.element(), f.annotation(), f.value()),
              f.relationship(),
              name,
              entity.element().getSimpleName(),
              f.relationship(),
              Suggestions.didYouMean(f.relationship(), relationships),
              entity.element().getSimpleName(),
              relationships.isEmpty() ? "none" : String.join(", ", relationships));
        }
      }
    }

    private void lifecycle() {
      String annotation = "@" + Names.simple(m.kind());
      Parameter only = m.parameters().size() == 1 ? m.parameters().get(0) : null;
      boolean byConditions =
          m.kind() == Kind.DELETE
              && !m.parameters().isEmpty()
              && m.parameters().stream().allMatch(p -> p.role() == Role.CONDITION);
      if (byConditions) {
        if (m.result() != Result.VOID && m.result() != Result.COUNT) {
          returnType("A @Delete by parameters returns void, or long for how many it deleted.");
        }
        EntityModel entity = entity();
        if (entity == null) {
          unsupported(
              "a @Delete by parameters needs the repository's entity.",
              "Extend BasicRepository<E, K> or CrudRepository<E, K>.");
        } else {
          conditions(entity);
        }
        return;
      }
      TypeElement primary = repository.primaryEntity();
      boolean entityRole =
          only != null
              && (only.role() == Role.ENTITY
                  || only.role() == Role.ENTITIES
                  || only.role() == Role.ENTITY_ARRAY);
      if (!entityRole || (primary != null && !only.entity().equals(primary))) {
        String expected = primary == null ? "an @Entity" : primary.getSimpleName().toString();
        report.add(
            Message.LIFECYCLE_PARAMETER_NOT_ENTITY,
            only != null ? parameter(only) : method(),
            name,
            annotation.substring(1),
            primary == null ? "entities" : primary.getSimpleName() + " entities",
            only == null
                ? m.parameters().size() + " parameters"
                : RepositoryMethod.simple(only.type()),
            expected);
        return;
      }
      if (m.result() == Result.UNSUPPORTED) {
        returnType(
            "A lifecycle method returns void, or the type of its parameter (the entities"
                + " passed in).");
      }
    }

    /** Each condition parameter names a field of {@code entity}, with the field's type. */
    private void conditions(EntityModel entity) {
      for (Parameter p : m.parameters()) {
        if (p.role() != Role.CONDITION) {
          continue;
        }
        ColumnModel c = column(entity, p.attribute());
        if (c == null) {
          report.add(
              Message.FIND_PARAMETER_UNKNOWN,
              parameter(p),
              name,
              entity.element().getSimpleName(),
              p.attribute(),
              Suggestions.didYouMean(p.attribute(), fieldNames(entity)),
              entity.element().getSimpleName(),
              entity.element().getSimpleName(),
              String.join(", ", fieldNames(entity)));
        } else if (!sameType(p.type(), c.type())) {
          report.add(
              Message.FIND_PARAMETER_TYPE_MISMATCH,
              parameter(p),
              name,
              p.element().getSimpleName(),
              RepositoryMethod.simple(p.type()),
              entity.element().getSimpleName(),
              c.javaName(),
              RepositoryMethod.simple(c.type()),
              RepositoryMethod.simple(c.type()));
        }
      }
    }

    private EntityModel entity() {
      return m.entity() == null ? null : model.entity(m.entity());
    }

    private void returnType(String fix) {
      report.add(
          Message.RETURN_TYPE_UNSUPPORTED,
          method(),
          name,
          RepositoryMethod.simple(m.type().getReturnType()),
          m.kind() == Kind.FIND ? "a @Find method" : "@" + Names.simple(m.kind()),
          fix);
    }

    private void unsupported(String what, String fix) {
      report.add(Message.REPOSITORY_METHOD_UNSUPPORTED, method(), name, what, fix);
    }

    /** The parameter, its {@code @By} value when it has one, as precisely as the compiler can. */
    private Location parameter(Parameter p) {
      if (!m.declaredHere() || !placesOnParameters) {
        return method();
      }
      return p.by() != null
          ? new Location(p.element(), p.by(), p.byValue())
          : Location.of(p.element());
    }

    private Location method() {
      return m.declaredHere() ? Location.of(m.element()) : Location.of(repository.element());
    }
  }

  private static ColumnModel column(EntityModel entity, String attribute) {
    return JakartaData.column(entity, attribute);
  }

  private static List<String> fieldNames(EntityModel entity) {
    List<String> names = new ArrayList<>();
    for (ColumnModel c : entity.columns()) {
      names.add(c.javaName());
    }
    return names;
  }

  private boolean sameType(TypeMirror parameter, TypeMirror field) {
    return types.isSameType(boxed(parameter), boxed(field));
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() && type.getKind() != TypeKind.VOID
        ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType()
        : type;
  }

  /** How messages write a kind as its annotation: {@code INSERT} is {@code Insert}. */
  private static final class Names {
    static String simple(Kind kind) {
      String n = kind.name();
      return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
  }
}
