package org.relata.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.relata.processor.model.RepositoryMethod.FetchSpec;
import org.relata.processor.model.RepositoryMethod.Kind;
import org.relata.processor.model.RepositoryMethod.OrderSpec;
import org.relata.processor.model.RepositoryMethod.Parameter;
import org.relata.processor.model.RepositoryMethod.Result;
import org.relata.processor.model.RepositoryMethod.Role;

/** Builds the model of a {@code @Repository} interface from its elements. */
public final class RepositoryModelBuilder {
  private final Elements elements;
  private final Types types;

  public RepositoryModelBuilder(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /**
   * Whether Relata implements {@code repository}: its {@code provider} is unset or Relata, and its
   * entities are Relata entities; a repository over another provider's entities is left to it.
   */
  public boolean isRelatas(TypeElement repository) {
    AnnotationMirror annotation = Annotations.find(repository, JakartaData.REPOSITORY);
    String provider =
        annotation == null ? "" : Annotations.stringValue(elements, annotation, "provider");
    if (provider.equalsIgnoreCase(JakartaData.PROVIDER)) {
      return true;
    }
    if (!provider.isEmpty()) {
      return false;
    }
    TypeElement primary = primaryEntityType(repository);
    if (primary != null) {
      return isEntity(primary);
    }
    for (ExecutableElement m : abstractMethods(repository)) {
      if (mentionsEntity(m.getReturnType())) {
        return true;
      }
      for (VariableElement p : m.getParameters()) {
        if (mentionsEntity(p.asType())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The model of {@code repository}. */
  public RepositoryModel repository(TypeElement repository) {
    DeclaredType type = (DeclaredType) repository.asType();
    TypeElement primary = primaryEntityType(repository);
    List<RepositoryMethod> methods = new ArrayList<>();
    for (ExecutableElement m : abstractMethods(repository)) {
      methods.add(method(repository, type, m, primary));
    }
    return new RepositoryModel(
        repository,
        Annotations.find(repository, JakartaData.REPOSITORY),
        type,
        primary != null && isEntity(primary) ? primary : null,
        methods);
  }

  /** The abstract methods of {@code repository}, its own in source order, then inherited ones. */
  private List<ExecutableElement> abstractMethods(TypeElement repository) {
    List<ExecutableElement> own = new ArrayList<>();
    List<ExecutableElement> inherited = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(repository))) {
      if (!m.getModifiers().contains(Modifier.ABSTRACT)
          || m.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
        continue;
      }
      (m.getEnclosingElement().equals(repository) ? own : inherited).add(m);
    }
    own.sort(
        (a, b) ->
            Integer.compare(
                repository.getEnclosedElements().indexOf(a),
                repository.getEnclosedElements().indexOf(b)));
    own.addAll(inherited);
    return own;
  }

  private RepositoryMethod method(
      TypeElement repository, DeclaredType type, ExecutableElement m, TypeElement primary) {
    ExecutableType member = (ExecutableType) types.asMemberOf(type, m);
    Kind kind = Kind.UNANNOTATED;
    AnnotationMirror annotation = null;
    for (Object[] k :
        new Object[][] {
          {JakartaData.FIND, Kind.FIND},
          {JakartaData.INSERT, Kind.INSERT},
          {JakartaData.UPDATE, Kind.UPDATE},
          {JakartaData.SAVE, Kind.SAVE},
          {JakartaData.DELETE, Kind.DELETE},
          {JakartaData.QUERY, Kind.QUERY}
        }) {
      AnnotationMirror a = Annotations.find(m, (String) k[0]);
      if (a != null) {
        kind = (Kind) k[1];
        annotation = a;
        break;
      }
    }
    TypeMirror returns = member.getReturnType();
    if (kind == Kind.UNANNOTATED && m.getParameters().isEmpty()) {
      if (isNamed(returns, JakartaData.SESSION)) {
        kind = Kind.SESSION;
      } else if (isNamed(returns, JakartaData.DSL_CONTEXT)) {
        kind = Kind.DSL_CONTEXT;
      }
    }
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < m.getParameters().size(); i++) {
      parameters.add(
          parameter(kind, m.getParameters().get(i), member.getParameterTypes().get(i), m));
    }
    Result result;
    TypeElement entity;
    if (kind.isLifecycle()
        && parameters.size() == 1
        && parameters.get(0).role() != Role.CONDITION) {
      Parameter p = parameters.get(0);
      entity = p.entity();
      result = lifecycleResult(returns, p.type());
    } else if (kind == Kind.SESSION || kind == Kind.DSL_CONTEXT) {
      entity = null;
      result = Result.RESOURCE;
    } else {
      result = findResult(returns);
      entity = result == Result.COUNT || result == Result.VOID ? primary : elementEntity(returns);
    }
    return new RepositoryMethod(
        m,
        member,
        m.getEnclosingElement().equals(repository),
        kind,
        annotation,
        result,
        entity != null && isEntity(entity) ? entity : null,
        parameters,
        orderBy(m),
        fetches(m));
  }

  private Parameter parameter(
      Kind kind, VariableElement p, TypeMirror type, ExecutableElement method) {
    AnnotationMirror by = Annotations.find(p, JakartaData.BY);
    String attribute =
        by != null
            ? Annotations.stringValue(elements, by, "value")
            : byIdInBasicRepository(method) ? JakartaData.ID : p.getSimpleName().toString();
    Role special = specialRole(type);
    if (special != null) {
      return new Parameter(p, type, special, null, by, null);
    }
    // A lifecycle method takes entities; a @Delete with @By or more parameters deletes by them.
    boolean entityParameter =
        kind.isLifecycle()
            && method.getParameters().size() == 1
            && (kind != Kind.DELETE || by == null)
            && !(kind == Kind.DELETE && !mentionsEntity(type) && isBasic(type));
    if (entityParameter) {
      TypeMirror single = upper(type);
      if (single.getKind() == TypeKind.ARRAY) {
        TypeElement e = entityOf(upper(((ArrayType) single).getComponentType()));
        return new Parameter(p, type, e == null ? Role.OTHER : Role.ENTITY_ARRAY, null, by, e);
      }
      if (isOneOf(single, "java.util.List", "java.util.Collection", "java.lang.Iterable")) {
        List<? extends TypeMirror> args = ((DeclaredType) single).getTypeArguments();
        TypeElement e = args.isEmpty() ? null : entityOf(upper(args.get(0)));
        return new Parameter(p, type, e == null ? Role.OTHER : Role.ENTITIES, null, by, e);
      }
      TypeElement e = entityOf(single);
      return new Parameter(p, type, e == null ? Role.OTHER : Role.ENTITY, null, by, e);
    }
    return new Parameter(p, type, Role.CONDITION, attribute, by, null);
  }

  /**
   * Whether {@code method} is {@code BasicRepository.findById} or {@code deleteById}, whose
   * parameter is {@code @By(By.ID)}: ecj does not show the annotations of a class file's method
   * parameters, so the processor knows these two.
   */
  private static boolean byIdInBasicRepository(ExecutableElement method) {
    return method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals(JakartaData.BASIC_REPOSITORY)
        && (method.getSimpleName().contentEquals("findById")
            || method.getSimpleName().contentEquals("deleteById"));
  }

  private Role specialRole(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY
        && isNamed(((ArrayType) type).getComponentType(), JakartaData.SORT)) {
      return Role.SORTS;
    }
    if (isNamed(type, JakartaData.LIMIT)) {
      return Role.LIMIT;
    }
    if (isNamed(type, JakartaData.PAGE_REQUEST)) {
      return Role.PAGE_REQUEST;
    }
    if (isNamed(type, JakartaData.SORT)) {
      return Role.SORT;
    }
    if (isNamed(type, JakartaData.ORDER)) {
      return Role.ORDER;
    }
    return null;
  }

  private Result lifecycleResult(TypeMirror returns, TypeMirror parameter) {
    if (returns.getKind() == TypeKind.VOID) {
      return Result.VOID;
    }
    return types.isSameType(returns, parameter) ? Result.SAME : Result.UNSUPPORTED;
  }

  private Result findResult(TypeMirror returns) {
    switch (returns.getKind()) {
      case VOID:
        return Result.VOID;
      case LONG:
        return Result.COUNT;
      case ARRAY:
        return entityOf(((ArrayType) returns).getComponentType()) == null
            ? Result.UNSUPPORTED
            : Result.ARRAY;
      case DECLARED:
        break;
      default:
        return Result.UNSUPPORTED;
    }
    if (isNamed(returns, "java.lang.Long")) {
      return Result.COUNT;
    }
    if (entityOf(returns) != null) {
      return Result.ENTITY;
    }
    Result container =
        isNamed(returns, "java.util.Optional")
            ? Result.OPTIONAL
            : isNamed(returns, "java.util.List")
                ? Result.LIST
                : isNamed(returns, "java.util.stream.Stream")
                    ? Result.STREAM
                    : isNamed(returns, JakartaData.PAGE) ? Result.PAGE : null;
    return container != null && elementEntity(returns) != null ? container : Result.UNSUPPORTED;
  }

  /** The entity of a result type: itself, its array's component, or its one type argument. */
  private TypeElement elementEntity(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return entityOf(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement direct = entityOf(type);
    if (direct != null) {
      return direct;
    }
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    return args.size() == 1 ? entityOf(upper(args.get(0))) : null;
  }

  private List<OrderSpec> orderBy(ExecutableElement m) {
    List<OrderSpec> out = new ArrayList<>();
    for (AnnotationMirror a : repeated(m, JakartaData.ORDER_BY, JakartaData.ORDER_BY_LIST)) {
      out.add(
          new OrderSpec(
              Annotations.stringValue(elements, a, "value"),
              Annotations.booleanValue(elements, a, "descending"),
              Annotations.booleanValue(elements, a, "ignoreCase"),
              a,
              Annotations.explicitValues(a).get("value")));
    }
    return out;
  }

  private List<FetchSpec> fetches(ExecutableElement m) {
    List<FetchSpec> out = new ArrayList<>();
    for (AnnotationMirror a : repeated(m, JakartaData.FETCH, JakartaData.FETCH_LIST)) {
      Object mode = Annotations.value(elements, a, "mode");
      boolean joined =
          mode instanceof VariableElement v && v.getSimpleName().contentEquals("JOINED");
      AnnotationValue written = Annotations.explicitValues(a).get("value");
      if (written != null && written.getValue() instanceof List<?> names) {
        for (Object n : names) {
          AnnotationValue v = (AnnotationValue) n;
          out.add(new FetchSpec(String.valueOf(v.getValue()), joined, a, v));
        }
      } else if (written != null) {
        out.add(new FetchSpec(String.valueOf(written.getValue()), joined, a, written));
      }
    }
    return out;
  }

  /** The annotations {@code single} on {@code m}, written alone or inside their container. */
  private static List<AnnotationMirror> repeated(
      ExecutableElement m, String single, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      String name = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(single)) {
        out.add(a);
      } else if (name.equals(container)) {
        for (AnnotationValue v : Annotations.explicitValues(a).values()) {
          if (v.getValue() instanceof List<?> list) {
            for (Object o : list) {
              out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
            }
          }
        }
      }
    }
    return out;
  }

  /** The {@code E} of the {@code DataRepository<E, K>} that {@code repository} extends, or null. */
  private TypeElement primaryEntityType(TypeElement repository) {
    DeclaredType data = supertype(repository.asType(), JakartaData.DATA_REPOSITORY);
    if (data == null || data.getTypeArguments().isEmpty()) {
      return null;
    }
    TypeMirror e = data.getTypeArguments().get(0);
    return e.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) e).asElement() : null;
  }

  private DeclaredType supertype(TypeMirror type, String name) {
    for (TypeMirror s : types.directSupertypes(type)) {
      if (isNamed(s, name)) {
        return (DeclaredType) s;
      }
      DeclaredType deeper = supertype(s, name);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  /** A type variable or wildcard as its upper bound; any other type as it is. */
  private TypeMirror upper(TypeMirror type) {
    if (type instanceof TypeVariable v) {
      return upper(v.getUpperBound());
    }
    if (type instanceof WildcardType w) {
      return w.getExtendsBound() == null
          ? elements.getTypeElement("java.lang.Object").asType()
          : upper(w.getExtendsBound());
    }
    return type;
  }

  private TypeElement entityOf(TypeMirror type) {
    TypeMirror t = upper(type);
    if (t.getKind() == TypeKind.DECLARED
        && ((DeclaredType) t).asElement() instanceof TypeElement e
        && isEntity(e)) {
      return e;
    }
    return null;
  }

  private boolean mentionsEntity(TypeMirror type) {
    TypeMirror t = upper(type);
    if (t.getKind() == TypeKind.ARRAY) {
      return mentionsEntity(((ArrayType) t).getComponentType());
    }
    if (t.getKind() != TypeKind.DECLARED) {
      return false;
    }
    if (entityOf(t) != null) {
      return true;
    }
    for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
      if (entityOf(arg) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEntity(TypeElement e) {
    return Annotations.find(e, Annotations.ENTITY) != null;
  }

  private static boolean isBasic(TypeMirror type) {
    return ColumnTypes.isBasic(type);
  }

  private boolean isOneOf(TypeMirror type, String... names) {
    for (String n : names) {
      if (isNamed(type, n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement t
        && t.getQualifiedName().contentEquals(qualifiedName);
  }
}
