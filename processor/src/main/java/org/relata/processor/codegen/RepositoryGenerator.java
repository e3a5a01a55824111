package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JakartaData;
import org.relata.processor.model.Model;
import org.relata.processor.model.RepositoryMethod;
import org.relata.processor.model.RepositoryMethod.FetchSpec;
import org.relata.processor.model.RepositoryMethod.OrderSpec;
import org.relata.processor.model.RepositoryMethod.Parameter;
import org.relata.processor.model.RepositoryMethod.Result;
import org.relata.processor.model.RepositoryMethod.Role;
import org.relata.processor.model.RepositoryModel;

/**
 * Writes {@code Users_} for the repository interface {@code Users}: a class on a {@code Session}
 * whose finders are one {@code EntityQuery} each, written with the column constants of the entity's
 * {@code ERelations}, and whose lifecycle methods write through the session.
 */
final class RepositoryGenerator extends SourceFileGenerator<RepositoryModel> {
  private static final String RUNTIME = "org.relata.runtime";
  private static final ClassName SESSION = ClassName.get(RUNTIME, "Session");
  private static final ClassName ENTITY_QUERY = ClassName.get(RUNTIME, "EntityQuery");
  private static final ClassName FINDERS = ClassName.get(RUNTIME + ".repository", "Finders");
  private static final ClassName LIFECYCLE = ClassName.get(RUNTIME + ".repository", "Lifecycle");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  private static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
  private static final ClassName SUPPLIER = ClassName.get("java.util.function", "Supplier");

  private final Types types;

  /** The repository being written, whose supertypes instantiate inherited type variables. */
  private DeclaredType repositoryType;

  RepositoryGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
    this.types = env.getTypeUtils();
  }

  @Override
  TypeElement originatingElement(RepositoryModel repository) {
    return repository.element();
  }

  @Override
  List<Element> uses(RepositoryModel repository) {
    List<Element> used = new ArrayList<>();
    used.add(repository.element());
    for (RepositoryMethod m : repository.methods()) {
      used.add(m.element());
      if (m.entity() != null) {
        used.add(m.entity());
      }
    }
    return used;
  }

  @Override
  TypeSpec.Builder write(RepositoryModel repository) {
    repositoryType = repository.type();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(repository.implementationName())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(TypeName.get(repository.type()))
            .addJavadoc(
                "The implementation of {@link $T} on a Relata {@link $T}.\n\n"
                    + "<p>Each finder runs one query of the session, whose results are its managed"
                    + " objects.\nEach lifecycle method writes through the session and flushes.\n",
                ClassName.get(repository.element()),
                SESSION);
    TypeName supplier = ParameterizedTypeName.get(SUPPLIER, SESSION);
    spec.addField(
        FieldSpec.builder(supplier, "sessions", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Gives the session of each call.\n")
            .build());
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A repository that reads and writes through {@code session}.\n")
            .addParameter(SESSION, "session")
            .addStatement("$T.requireNonNull(session, $S)", OBJECTS, "session")
            .addStatement("this.sessions = () -> session")
            .build());
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A repository whose every call uses the session that {@code sessions} gives then,"
                    + " such as the\ncurrent transaction's ({@code"
                    + " org.relata.spring.TransactionSessions}).\n")
            .addParameter(supplier, "sessions")
            .addStatement("this.sessions = $T.requireNonNull(sessions, $S)", OBJECTS, "sessions")
            .build());
    for (RepositoryMethod m : repository.methods()) {
      spec.addMethod(method(m));
    }
    return spec;
  }

  private MethodSpec method(RepositoryMethod m) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(m.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.get(m.type().getReturnType()))
            .varargs(m.element().isVarArgs());
    for (TypeVariable v : m.type().getTypeVariables()) {
      b.addTypeVariable(typeVariable(v, m));
    }
    for (int i = 0; i < m.parameters().size(); i++) {
      b.addParameter(TypeName.get(m.type().getParameterTypes().get(i)), paramName(m, i));
    }
    for (TypeMirror thrown : m.type().getThrownTypes()) {
      b.addException(TypeName.get(thrown));
    }
    String session = sessionName(m);
    switch (m.kind()) {
      case SESSION -> b.addStatement("return $L", session);
      case DSL_CONTEXT -> b.addStatement("return $L.dsl()", session);
      case FIND -> find(m, session, b);
      case DELETE -> {
        if (m.parameter(Role.CONDITION) != null) {
          deleteWhere(m, session, b);
        } else {
          lifecycle(m, session, "delete", b);
        }
      }
      case INSERT -> lifecycle(m, session, "insert", b);
      case UPDATE -> lifecycle(m, session, "update", b);
      case SAVE -> lifecycle(m, session, "save", b);
      default -> throw new IllegalStateException("validation let through " + m);
    }
    return b.build();
  }

  /**
   * A method's type variable as the override declares it: {@code <S extends T>} of {@code
   * BasicRepository<T, K>} becomes {@code <S extends User>}, as javac's {@code asMemberOf} leaves
   * the bounds of a method's own type variables unresolved.
   */
  private TypeVariableName typeVariable(TypeVariable v, RepositoryMethod m) {
    List<TypeName> bounds = new ArrayList<>();
    TypeMirror upper = v.getUpperBound();
    List<? extends TypeMirror> parts =
        upper instanceof IntersectionType i ? i.getBounds() : List.of(upper);
    for (TypeMirror bound : parts) {
      TypeMirror actual = substitute(bound, m);
      if (!actual.toString().equals("java.lang.Object")) {
        bounds.add(TypeName.get(actual));
      }
    }
    return TypeVariableName.get(
        v.asElement().getSimpleName().toString(), bounds.toArray(new TypeName[0]));
  }

  /** A type variable of the method's declaring interface, as the repository instantiates it. */
  private TypeMirror substitute(TypeMirror type, RepositoryMethod m) {
    if (!(type instanceof TypeVariable t)
        || !(t.asElement().getEnclosingElement() instanceof TypeElement owner)) {
      return type;
    }
    DeclaredType instance = supertype(repositoryType, owner);
    int index = owner.getTypeParameters().indexOf((TypeParameterElement) t.asElement());
    return instance == null || index < 0 ? type : instance.getTypeArguments().get(index);
  }

  private DeclaredType supertype(TypeMirror type, TypeElement owner) {
    for (TypeMirror s : types.directSupertypes(type)) {
      if (s instanceof DeclaredType d && d.asElement().equals(owner)) {
        return d;
      }
      DeclaredType deeper = supertype(s, owner);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  private void find(RepositoryMethod m, String session, MethodSpec.Builder b) {
    EntityModel entity = model.entity(m.entity());
    ClassName type = ClassName.get(entity.element());
    String query = localName(m, "query");
    b.addStatement(
        "$T $L = $L",
        ParameterizedTypeName.get(ENTITY_QUERY, type),
        query,
        staticQuery(m, entity, session));
    ClassName metamodel = metamodel(entity);
    Parameter pageRequest = null;
    for (int i = 0; i < m.parameters().size(); i++) {
      Parameter p = m.parameters().get(i);
      String name = paramName(m, i);
      switch (p.role()) {
        case SORT, SORTS, ORDER ->
            b.addStatement("$L = $T.sort($L, $T.TYPE, $L)", query, FINDERS, query, metamodel, name);
        case LIMIT -> b.addStatement("$L = $T.limit($L, $L)", query, FINDERS, query, name);
        case PAGE_REQUEST -> {
          pageRequest = p;
          if (m.result() != Result.PAGE) {
            b.addStatement("$L = $T.page($L, $L)", query, FINDERS, query, name);
          }
        }
        default -> {}
      }
    }
    switch (m.result()) {
      case ENTITY -> b.addStatement("return $T.single($L)", FINDERS, query);
      case OPTIONAL -> b.addStatement("return $T.optional($L)", FINDERS, query);
      case LIST -> b.addStatement("return $L.list()", query);
      case STREAM -> b.addStatement("return $L.list().stream()", query);
      case ARRAY -> b.addStatement("return $L.list().toArray(new $T[0])", query, type);
      case COUNT -> b.addStatement("return $L.count()", query);
      case PAGE ->
          b.addStatement(
              "return $T.pageOf($L, $L)",
              FINDERS,
              query,
              paramName(m, m.parameters().indexOf(pageRequest)));
      default -> throw new IllegalStateException("validation let through " + m);
    }
  }

  /** {@code session.query(E.class)} with the conditions, static order and fetches of {@code m}. */
  private CodeBlock staticQuery(RepositoryMethod m, EntityModel entity, String session) {
    ClassName metamodel = metamodel(entity);
    MetamodelNames names = MetamodelNames.of(model, entity);
    CodeBlock.Builder q = CodeBlock.builder();
    q.add("$L.query($T.class)", session, ClassName.get(entity.element()));
    q.indent();
    for (int i = 0; i < m.parameters().size(); i++) {
      Parameter p = m.parameters().get(i);
      if (p.role() == Role.CONDITION) {
        ColumnModel c = column(entity, p.attribute());
        q.add(
            "\n.where($T.equal($T.$L, $L))",
            FINDERS,
            metamodel,
            names.column(c.javaName()),
            paramName(m, i));
      }
    }
    if (!m.orderBy().isEmpty()) {
      List<CodeBlock> sorts = new ArrayList<>();
      for (OrderSpec o : m.orderBy()) {
        ColumnModel c = column(entity, o.attribute());
        CodeBlock field = CodeBlock.of("$T.$L", metamodel, names.column(c.javaName()));
        if (o.ignoreCase() && isString(c.type())) {
          field = CodeBlock.of("$T.lower($L)", DSL, field);
        }
        sorts.add(CodeBlock.of("$L.$L()", field, o.descending() ? "desc" : "asc"));
      }
      q.add("\n.orderBy($L)", CodeBlock.join(sorts, ", "));
    }
    for (FetchSpec f : m.fetches()) {
      q.add(
          "\n.load($T.$L, $T.$L)",
          metamodel,
          names.relationship(f.relationship()),
          RuntimeNames.LAZY,
          f.joined() ? "JOINED" : "SELECTIN");
    }
    q.unindent();
    return q.build();
  }

  private void lifecycle(RepositoryMethod m, String session, String verb, MethodSpec.Builder b) {
    Parameter p = m.parameters().get(0);
    String name = paramName(m, 0);
    CodeBlock entities =
        switch (p.role()) {
          case ENTITY -> CodeBlock.of("$T.of($L)", RuntimeNames.LIST, name);
          case ENTITY_ARRAY -> CodeBlock.of("$T.asList($L)", ARRAYS, name);
          default -> CodeBlock.of("$L", name);
        };
    b.addStatement("$T.$L($L, $L)", LIFECYCLE, verb, session, entities);
    if (m.result() == Result.SAME) {
      b.addStatement("return $L", name);
    }
  }

  private void deleteWhere(RepositoryMethod m, String sessions, MethodSpec.Builder b) {
    EntityModel entity = model.entity(m.entity());
    String session = localName(m, "session");
    b.addStatement("$T $L = $L", SESSION, session, sessions);
    CodeBlock query = staticQuery(m, entity, session);
    if (m.result() == Result.COUNT) {
      b.addStatement("return $T.deleteAll($L, $L)", LIFECYCLE, session, query);
    } else {
      b.addStatement("$T.deleteAll($L, $L)", LIFECYCLE, session, query);
    }
  }

  private static ColumnModel column(EntityModel entity, String attribute) {
    return JakartaData.column(entity, attribute);
  }

  /** The generated {@code ERelations} class, which holds the entity's constants. */
  private static ClassName metamodel(EntityModel entity) {
    return MetamodelNames.relationsClass(entity);
  }

  private static boolean isString(TypeMirror type) {
    return type.toString().equals("java.lang.String");
  }

  /** The name the generated method gives parameter {@code i}: the declared one. */
  private static String paramName(RepositoryMethod m, int i) {
    VariableElement p = m.element().getParameters().get(i);
    return p.getSimpleName().toString();
  }

  /** {@code sessions.get()}, qualified with {@code this} when a parameter is named so. */
  private static String sessionName(RepositoryMethod m) {
    return paramNames(m).contains("sessions") ? "this.sessions.get()" : "sessions.get()";
  }

  /** {@code preferred}, or it with a trailing underscore as often as a parameter takes it. */
  private static String localName(RepositoryMethod m, String preferred) {
    Set<String> taken = paramNames(m);
    String name = preferred;
    while (taken.contains(name)) {
      name = name + "_";
    }
    return name;
  }

  private static Set<String> paramNames(RepositoryMethod m) {
    Set<String> names = new HashSet<>();
    for (VariableElement p : m.element().getParameters()) {
      names.add(p.getSimpleName().toString());
    }
    return names;
  }
}
