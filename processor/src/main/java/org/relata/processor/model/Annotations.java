package org.relata.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads Relata's annotations through {@link AnnotationMirror}s, so that class-valued attributes
 * work for classes that are not compiled yet and diagnostics can point at a value.
 */
public final class Annotations {
  public static final String ENTITY = "org.relata.Entity";
  public static final String ID = "org.relata.Id";
  public static final String COLUMN = "org.relata.Column";
  public static final String FOREIGN_KEY = "org.relata.ForeignKey";
  public static final String ASSOCIATION_TABLE = "org.relata.AssociationTable";
  public static final String RELATIONSHIP = "org.relata.Relationship";
  public static final String BACKREF = "org.relata.Backref";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, or null. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      Element type = m.getAnnotationType().asElement();
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(qualifiedName)) {
        return m;
      }
    }
    return null;
  }

  /** The attributes written explicitly in {@code mirror}, by simple name, in source order. */
  public static Map<String, AnnotationValue> explicitValues(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return values;
  }

  /** The value of attribute {@code name}, the default when not written; null when unknown. */
  public static Object value(Elements elements, AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  public static String stringValue(Elements elements, AnnotationMirror mirror, String name) {
    Object v = value(elements, mirror, name);
    return v instanceof String s ? s : "";
  }

  public static boolean booleanValue(Elements elements, AnnotationMirror mirror, String name) {
    return Boolean.TRUE.equals(value(elements, mirror, name));
  }

  /** A class-valued attribute; null for {@code void.class} and for values that are not types. */
  public static TypeMirror classValue(Elements elements, AnnotationMirror mirror, String name) {
    Object v = value(elements, mirror, name);
    if (v instanceof TypeMirror t && t.getKind() != TypeKind.VOID) {
      return t;
    }
    return null;
  }

  /** The constant named by an enum-valued attribute, or {@code fallback} when unreadable. */
  public static <E extends Enum<E>> E enumValue(
      Elements elements, AnnotationMirror mirror, String name, Class<E> type, E fallback) {
    return toEnum(value(elements, mirror, name), type, fallback);
  }

  /** The constants named by an enum-array attribute, skipping unreadable entries. */
  public static <E extends Enum<E>> List<E> enumValues(
      Elements elements, AnnotationMirror mirror, String name, Class<E> type) {
    List<E> out = new ArrayList<>();
    if (value(elements, mirror, name) instanceof List<?> list) {
      for (Object o : list) {
        E e = o instanceof AnnotationValue av ? toEnum(av.getValue(), type, null) : null;
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static <E extends Enum<E>> E toEnum(Object v, Class<E> type, E fallback) {
    if (v instanceof VariableElement constant) {
      try {
        return Enum.valueOf(type, constant.getSimpleName().toString());
      } catch (IllegalArgumentException e) {
        return fallback;
      }
    }
    return fallback;
  }

  /** The qualified name of a declared type, or the text of any other type. */
  public static String typeName(TypeMirror type) {
    if (type instanceof DeclaredType d
        && d.asElement() instanceof TypeElement t
        && type.getKind() == TypeKind.DECLARED) {
      return t.getQualifiedName().toString();
    }
    return type.toString();
  }
}
