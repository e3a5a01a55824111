package org.relata.processor.codegen;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.relata.processor.model.Names;

/**
 * One generated compilation unit written as plain text, and the one place that decides how it names
 * a class: by its simple name, imported when it lives in another package, unless another class of
 * the file already took that simple name, in which case by its canonical name.
 *
 * <p>Generated entity sources are written as text rather than through a code model: in a build of
 * hundreds of entities the code model's own work was a large share of the processor's time (see
 * benchmarks/NOTES.md).
 */
final class SourceText {
  private final String packageName;
  private final String className;
  private final Predicate<String> declaredInPackage;
  // Simple name of a top-level class -> the qualified name that owns it in this file.
  private final Map<String, String> simpleNames = new HashMap<>();
  private final TreeSet<String> imports = new TreeSet<>();

  /**
   * A file in {@code packageName} that declares the top-level class {@code className}; {@code
   * declaredInPackage} tells whether the package declares a class of a given simple name, which
   * would hide the {@code java.lang} class of that name.
   */
  SourceText(String packageName, String className, Predicate<String> declaredInPackage) {
    this.packageName = packageName;
    this.className = className;
    this.declaredInPackage = declaredInPackage;
    simpleNames.put(className, qualified(packageName, className));
  }

  /** How this file names {@code type}, such as {@code User} or {@code Team.Level}. */
  String name(TypeElement type) {
    TypeElement top = type;
    StringBuilder nested = new StringBuilder();
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      nested.insert(0, "." + top.getSimpleName());
      top = outer;
    }
    String simple = name(Names.packageName(top), top.getSimpleName().toString());
    return simple + nested;
  }

  /** How this file names the top-level class {@code simpleName} of {@code pkg}. */
  String name(String pkg, String simpleName) {
    String qualified = qualified(pkg, simpleName);
    boolean hidden = pkg.equals("java.lang") && declaredInPackage.test(simpleName);
    String owner = hidden ? null : simpleNames.putIfAbsent(simpleName, qualified);
    if (hidden || (owner != null && !owner.equals(qualified))) {
      return qualified;
    }
    if (!pkg.equals(packageName) && !pkg.equals("java.lang")) {
      imports.add(qualified);
    }
    return simpleName;
  }

  /** The name of a column's value type in a type argument: primitives boxed, arrays kept. */
  String boxed(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return switch (type.getKind()) {
        case BOOLEAN -> "Boolean";
        case BYTE -> "Byte";
        case SHORT -> "Short";
        case INT -> "Integer";
        case LONG -> "Long";
        case CHAR -> "Character";
        case FLOAT -> "Float";
        case DOUBLE -> "Double";
        default -> throw new IllegalArgumentException("not a primitive: " + type);
      };
    }
    return type(type);
  }

  private String type(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return type(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared && declared.getTypeArguments().isEmpty()) {
      Element element = declared.asElement();
      return name((TypeElement) element);
    }
    throw new IllegalArgumentException("no generated code names the type " + type);
  }

  /** {@code value} as a Java string literal, in double quotes. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The whole file: the package, the imports this file's names needed, then {@code body}. */
  String render(CharSequence body) {
    StringBuilder out = new StringBuilder(body.length() + 64 * imports.size() + 32);
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    if (!imports.isEmpty()) {
      out.append('\n');
    }
    return out.append(body).toString();
  }

  /** The qualified name of the generated class. */
  String qualifiedClassName() {
    return qualified(packageName, className);
  }

  private static String qualified(String pkg, String simpleName) {
    return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }
}
