package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;
import org.relata.processor.model.ColumnTypes;
import org.relata.processor.model.Shape;

/** The runtime, jOOQ and JDK types that generated code refers to. */
final class RuntimeNames {
  static final String META = "org.relata.runtime.meta";
  static final ClassName ENTITY_RELATIONS = ClassName.get(META, "EntityRelations");
  static final ClassName ENTITY_TYPE = ClassName.get(META, "EntityType");
  static final ClassName SCALAR_RELATIONSHIP = ClassName.get(META, "ScalarRelationship");
  static final ClassName COLLECTION_RELATIONSHIP = ClassName.get(META, "CollectionRelationship");
  static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");
  static final ClassName LAZY = ClassName.get("org.relata", "Lazy");
  static final ClassName FIELD = ClassName.get("org.jooq", "Field");
  static final ClassName TABLE = ClassName.get("org.jooq", "Table");
  static final ClassName RECORD = ClassName.get("org.jooq", "Record");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  static final TypeName TABLE_OF_RECORD = ParameterizedTypeName.get(TABLE, RECORD);

  private RuntimeNames() {}

  /** The Java type of a column's jOOQ field: primitives boxed. */
  static TypeName columnType(TypeMirror type) {
    return TypeName.get(type).box();
  }

  /** The declared type of a relationship's storage field: the target, or a collection of it. */
  static TypeName storageType(Shape shape, ClassName target) {
    switch (shape) {
      case LIST:
        return ParameterizedTypeName.get(LIST, target);
      case SET:
        return ParameterizedTypeName.get(SET, target);
      case COLLECTION:
        return ParameterizedTypeName.get(COLLECTION, target);
      default:
        return target;
    }
  }

  /** Whether the column is an enum, stored as its constant name in a VARCHAR. */
  static boolean isEnum(TypeMirror type) {
    return ColumnTypes.isEnum(type);
  }
}
