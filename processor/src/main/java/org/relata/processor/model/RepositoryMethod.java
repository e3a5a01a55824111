package org.relata.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * One abstract method of a repository, as declared: what it is annotated as, what it returns, and
 * what its parameters stand for. Whether the names match the entity is for validation to say.
 *
 * @param element the method, declared in the repository or inherited
 * @param type the method as a member of the repository, type variables resolved
 * @param declaredHere whether the repository itself declares it (else diagnostics go on the
 *     repository)
 * @param kind what the method does
 * @param annotation the annotation that gave the kind, or null
 * @param result the shape of the return type
 * @param entity the entity the method finds or writes, or null when there is none
 * @param parameters the parameters in order
 * @param orderBy the static {@code @OrderBy} sorts, in order
 * @param fetches the relationships {@code @Fetch} loads with the results
 */
public record RepositoryMethod(
    ExecutableElement element,
    ExecutableType type,
    boolean declaredHere,
    Kind kind,
    AnnotationMirror annotation,
    Result result,
    TypeElement entity,
    List<Parameter> parameters,
    List<OrderSpec> orderBy,
    List<FetchSpec> fetches) {

  public RepositoryMethod {
    parameters = List.copyOf(parameters);
    orderBy = List.copyOf(orderBy);
    fetches = List.copyOf(fetches);
  }

  /** What a repository method does. */
  public enum Kind {
    FIND,
    INSERT,
    UPDATE,
    SAVE,
    DELETE,
    /** {@code @Query}, which Relata does not implement. */
    QUERY,
    /** A resource accessor: no parameters, returns the {@code Session} or a {@code DSLContext}. */
    SESSION,
    DSL_CONTEXT,
    /** None of the above, such as query by method name. */
    UNANNOTATED;

    public boolean isLifecycle() {
      return this == INSERT || this == UPDATE || this == SAVE || this == DELETE;
    }
  }

  /** The shape of the return type. */
  public enum Result {
    /** One entity. */
    ENTITY,
    OPTIONAL,
    LIST,
    STREAM,
    ARRAY,
    PAGE,
    /** {@code long} or {@code Long}: a count. */
    COUNT,
    VOID,
    /** The same type as the lifecycle method's parameter: the entities passed in. */
    SAME,
    /** The resource an accessor returns. */
    RESOURCE,
    UNSUPPORTED
  }

  /**
   * One parameter.
   *
   * @param element the parameter
   * @param type its type, resolved as a member of the repository
   * @param role what it stands for
   * @param attribute for a condition, the entity field it names: its {@code @By} value or its own
   *     name
   * @param by the {@code @By} mirror, or null
   * @param entity for an entity parameter, the entity class, else null
   */
  public record Parameter(
      VariableElement element,
      TypeMirror type,
      Role role,
      String attribute,
      AnnotationMirror by,
      TypeElement entity) {

    /** The {@code @By} value, where a diagnostic about the attribute goes, or null. */
    public AnnotationValue byValue() {
      return by == null ? null : by.getElementValues().values().stream().findFirst().orElse(null);
    }
  }

  /** What a parameter stands for. */
  public enum Role {
    /** Equal to the entity field {@link Parameter#attribute}. */
    CONDITION,
    LIMIT,
    PAGE_REQUEST,
    SORT,
    /** {@code Sort<E>...} */
    SORTS,
    ORDER,
    /** An entity of a lifecycle method. */
    ENTITY,
    /** A {@code List}, {@code Collection} or {@code Iterable} of entities. */
    ENTITIES,
    /** An array of entities. */
    ENTITY_ARRAY,
    /** A lifecycle method's parameter that is no entity. */
    OTHER
  }

  /** One {@code @OrderBy}. */
  public record OrderSpec(
      String attribute,
      boolean descending,
      boolean ignoreCase,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  /** One relationship name of a {@code @Fetch}. */
  public record FetchSpec(
      String relationship, boolean joined, AnnotationMirror annotation, AnnotationValue value) {}

  /** The first parameter with {@code role}, or null. */
  public Parameter parameter(Role role) {
    for (Parameter p : parameters) {
      if (p.role() == role) {
        return p;
      }
    }
    return null;
  }

  /** The method's simple name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** How diagnostics name it: {@code Users.byName(String)}. */
  public String describe(TypeElement repository) {
    StringBuilder b = new StringBuilder();
    b.append(repository.getSimpleName()).append('.').append(name()).append('(');
    List<? extends TypeMirror> types = type.getParameterTypes();
    for (int i = 0; i < types.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(simple(types.get(i)));
    }
    return b.append(')').toString();
  }

  /** A type as users write it, without package names. */
  public static String simple(TypeMirror type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
