package org.relata.processor.model;

import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Which Java types map to a column: the basic types of DESIGN, "Annotations". */
public final class ColumnTypes {
  private static final Set<String> BASIC =
      Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.String",
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.OffsetDateTime",
          "java.time.Instant",
          "java.util.UUID");

  private ColumnTypes() {}

  /**
   * Whether {@code type} is a basic column type: a primitive other than {@code char}, its box, a
   * string, a number, a date or time, a UUID, {@code byte[]}, or an enum.
   */
  public static boolean isBasic(TypeMirror type) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      return kind != TypeKind.CHAR;
    }
    if (kind == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
    }
    if (kind == TypeKind.DECLARED) {
      return BASIC.contains(Annotations.typeName(type)) || isEnum(type);
    }
    return false;
  }

  /** Whether {@code type} is an enum class. */
  public static boolean isEnum(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
  }
}
