package org.relata.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The naming rules shared by the model and the generated code: snake_case and generated class
 * names.
 */
public final class Names {
  private Names() {}

  /**
   * The snake_case form of a Java name: {@code UserAccount} becomes {@code user_account}, {@code
   * userId} becomes {@code user_id}, and an acronym stays one word ({@code HTTPServer} becomes
   * {@code http_server}).
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower =
            i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
        boolean acronymEnd =
            i > 0
                && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if (afterLower || acronymEnd) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The UPPER_SNAKE_CASE form of a Java name, as metamodel constants use it. */
  public static String constantCase(String name) {
    return snakeCase(name).toUpperCase(java.util.Locale.ROOT);
  }

  /** {@code name} with its first letter upper-cased, as in {@code getAddresses}. */
  public static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The simple names of {@code type} and its enclosing classes joined by {@code _}: {@code
   * Outer.Inner} gives {@code Outer_Inner}. Generated classes append their suffix to it.
   */
  public static String flatName(TypeElement type) {
    StringBuilder simple = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement();
        e != null && isType(e);
        e = e.getEnclosingElement()) {
      simple.insert(0, e.getSimpleName() + "_");
    }
    return simple.toString();
  }

  /** The package that {@code type} is declared in. */
  public static String packageName(TypeElement type) {
    Element e = type;
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
  }

  private static boolean isType(Element e) {
    ElementKind k = e.getKind();
    return k.isClass() || k.isInterface();
  }
}
