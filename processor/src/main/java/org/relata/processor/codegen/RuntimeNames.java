package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import javax.lang.model.type.TypeMirror;
import org.relata.processor.model.ColumnTypes;

/** The runtime and JDK types that generated repositories refer to, through JavaPoet. */
final class RuntimeNames {
  static final ClassName LAZY = ClassName.get("org.relata", "Lazy");
  static final ClassName LIST = ClassName.get("java.util", "List");

  private RuntimeNames() {}

  /** Whether the column is an enum, stored as its constant name in a VARCHAR. */
  static boolean isEnum(TypeMirror type) {
    return ColumnTypes.isEnum(type);
  }
}
