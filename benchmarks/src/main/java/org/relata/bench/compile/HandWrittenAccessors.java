package org.relata.bench.compile;

/**
 * The relationship accessors that a careful JPA user writes by hand to keep both sides of a
 * bidirectional association in step, as Hibernate's user guide asks for: a getter per side, a
 * setter on a scalar side that also updates the other side's collection or scalar, and {@code add}
 * and {@code remove} helpers on a collection side. They are the hand-written counterpart of the
 * accessors that Relata generates into {@code ERelations}, for the compile comparison's model with
 * accessors.
 */
final class HandWrittenAccessors {
  private HandWrittenAccessors() {}

  /**
   * A scalar side ({@code Book.author}) whose other side is a collection ({@code Author.books}).
   */
  static String scalarToCollection(String type, String field, String reverse) {
    return getter(type, field)
        + setterStart(type, field)
        + "    if (this."
        + field
        + " != null) {\n      this."
        + field
        + "."
        + reverse
        + ".remove(this);\n    }\n    this."
        + field
        + " = value;\n    if (value != null) {\n      value."
        + reverse
        + ".add(this);\n    }\n  }\n\n";
  }

  /**
   * A collection side ({@code Author.books}) whose other side is a scalar ({@code Book.author}).
   */
  static String collectionToScalar(
      String collection, String element, String field, String reverse) {
    String one = singular(field);
    String rev = capitalize(reverse);
    return getter(collection + "<" + element + ">", field)
        + method("add" + one, element)
        + "    value.set"
        + rev
        + "(this);\n  }\n\n"
        + method("remove" + one, element)
        + "    if (value.get"
        + rev
        + "() == this) {\n      value.set"
        + rev
        + "(null);\n    }\n  }\n\n";
  }

  /** One side of a many-to-many ({@code Book.tags} against {@code Tag.books}). */
  static String manyToMany(String collection, String element, String field, String reverse) {
    String one = singular(field);
    return getter(collection + "<" + element + ">", field)
        + method("add" + one, element)
        + mirrorBoth(field, "add", reverse)
        + method("remove" + one, element)
        + mirrorBoth(field, "remove", reverse);
  }

  /** One side of a one-to-one ({@code Profile.author} against {@code Author.profile}). */
  static String oneToOne(String type, String field, String reverse) {
    String rev = capitalize(reverse);
    return getter(type, field)
        + setterStart(type, field)
        + "    "
        + type
        + " old = this."
        + field
        + ";\n    this."
        + field
        + " = value;\n    if (old != null) {\n      old.set"
        + rev
        + "(null);\n    }\n    if (value != null) {\n      value.set"
        + rev
        + "(this);\n    }\n  }\n\n";
  }

  private static String getter(String type, String field) {
    return "  public "
        + type
        + " get"
        + capitalize(field)
        + "() {\n    return "
        + field
        + ";\n  }\n\n";
  }

  /** The start of {@code public void name(type value)}, its body still open. */
  private static String method(String name, String type) {
    return "  public void " + name + "(" + type + " value) {\n";
  }

  /** A setter that returns at once when the value is already set. */
  private static String setterStart(String type, String field) {
    return method("set" + capitalize(field), type)
        + "    if (this."
        + field
        + " == value) {\n      return;\n    }\n";
  }

  /** {@code if (field.op(value)) value.reverse.op(this);} and the end of the method. */
  private static String mirrorBoth(String field, String op, String reverse) {
    return "    if ("
        + field
        + "."
        + op
        + "(value)) {\n      value."
        + reverse
        + "."
        + op
        + "(this);\n    }\n  }\n\n";
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code books} to {@code Book}, {@code children} to {@code Child}. */
  private static String singular(String field) {
    String cap = capitalize(field);
    if (cap.equals("Children")) {
      return "Child";
    }
    return cap.endsWith("s") ? cap.substring(0, cap.length() - 1) : cap;
  }
}
