package org.relata.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.relata.processor.model.Names;

/**
 * Finds the types that a class refers to but that do not exist yet, so that the class can be
 * deferred to a later round, when another processor may have generated them.
 *
 * <p>The class's own generated {@code XRelations} superclass is expected to be missing: this
 * processor writes it.
 */
final class Deferral {
  private Deferral() {}

  /**
   * The names of the missing types that {@code type}'s fields, their annotations and its superclass
   * use.
   */
  static List<String> unresolved(TypeElement type) {
    List<String> missing = new ArrayList<>();
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() == TypeKind.ERROR) {
      String written = superclass.toString();
      String simple = Names.flatName(type) + "Relations";
      String pkg = Names.packageName(type);
      if (!written.equals(simple) && !written.equals(pkg.isEmpty() ? simple : pkg + "." + simple)) {
        missing.add(written);
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      collect(field.asType(), missing);
      collectAnnotations(field, missing);
    }
    return missing;
  }

  /** The names of the missing types that {@code type} uses, itself or in its type arguments. */
  static List<String> unresolvedIn(TypeMirror type) {
    List<String> missing = new ArrayList<>();
    collect(type, missing);
    return missing;
  }

  private static void collectAnnotations(Element element, List<String> missing) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      for (AnnotationValue v : m.getElementValues().values()) {
        if (v.getValue() instanceof TypeMirror t) {
          collect(t, missing);
        }
      }
    }
  }

  private static void collect(TypeMirror type, List<String> missing) {
    switch (type.getKind()) {
      case ERROR:
        if (!missing.contains(type.toString())) {
          missing.add(type.toString());
        }
        break;
      case DECLARED:
        for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
          collect(arg, missing);
        }
        break;
      case ARRAY:
        collect(((ArrayType) type).getComponentType(), missing);
        break;
      default:
        break;
    }
  }
}
