package org.relata.processor.codegen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The {@code @SuppressWarnings} a generated file needs because it uses elements that the user
 * deprecated: generated code must not warn, or {@code -Werror} builds fail on code the user cannot
 * change. It names exactly the tokens needed, {@code deprecation} and {@code removal} (for {@code
 * forRemoval = true}), because ecj warns about an unnecessary one.
 */
final class Deprecations {
  private Deprecations() {}

  /**
   * The warning tokens to suppress in a file that uses {@code used}: types (written by name, so
   * their enclosing types count too), fields, constructors and methods. Empty when none is
   * deprecated.
   */
  static List<String> suppressed(Elements elements, Collection<? extends Element> used) {
    boolean deprecation = false;
    boolean removal = false;
    for (Element e : used) {
      for (Element x = e; x != null; x = x instanceof TypeElement ? enclosingType(x) : null) {
        if (elements.isDeprecated(x)) {
          if (forRemoval(elements, x)) {
            removal = true;
          } else {
            deprecation = true;
          }
        }
      }
    }
    List<String> tokens = new ArrayList<>();
    if (deprecation) {
      tokens.add("deprecation");
    }
    if (removal) {
      tokens.add("removal");
    }
    return tokens;
  }

  /** The annotation's value for {@code tokens}: one string literal, or an array of them. */
  static String value(List<String> tokens) {
    List<String> literals = new ArrayList<>();
    for (String t : tokens) {
      literals.add(SourceText.literal(t));
    }
    return literals.size() == 1 ? literals.get(0) : "{" + String.join(", ", literals) + "}";
  }

  /** The class that a type's name is written with, as in {@code Outer.Inner}; null at top level. */
  private static Element enclosingType(Element type) {
    Element enclosing = type.getEnclosingElement();
    return enclosing instanceof TypeElement ? enclosing : null;
  }

  /** The element that a declared type names, for {@link #suppression}; null for other types. */
  static Element element(TypeMirror type) {
    return type instanceof DeclaredType declared ? declared.asElement() : null;
  }

  private static boolean forRemoval(Elements elements, Element e) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals("java.lang.Deprecated")) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v :
            elements.getElementValuesWithDefaults(m).entrySet()) {
          if (v.getKey().getSimpleName().contentEquals("forRemoval")) {
            return Boolean.TRUE.equals(v.getValue().getValue());
          }
        }
      }
    }
    return false;
  }
}
