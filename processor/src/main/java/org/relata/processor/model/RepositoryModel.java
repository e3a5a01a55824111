package org.relata.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * One {@code @Repository} interface, with the abstract methods the generated class implements.
 *
 * @param element the interface
 * @param annotation the {@code @Repository} mirror
 * @param type the interface as a type, to resolve inherited methods' type variables against
 * @param primaryEntity the entity of {@code DataRepository<E, K>} it extends, or null
 * @param methods its abstract methods, declared and inherited, declared ones first
 */
public record RepositoryModel(
    TypeElement element,
    AnnotationMirror annotation,
    DeclaredType type,
    TypeElement primaryEntity,
    List<RepositoryMethod> methods) {

  public RepositoryModel {
    methods = List.copyOf(methods);
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** The simple name of the generated implementation, such as {@code Users_}. */
  public String implementationName() {
    return Names.flatName(element) + "_";
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
