package org.relata.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.OnDelete;

/** Builds the declared part of the model (entities, columns, relationships) from elements. */
public final class ModelBuilder {
  private final Elements elements;
  private final Types types;

  public ModelBuilder(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /** The model of {@code @Entity} class {@code type}. */
  public EntityModel entity(TypeElement type, boolean inCompilation) {
    AnnotationMirror entity = Annotations.find(type, Annotations.ENTITY);
    String table = entity == null ? "" : Annotations.stringValue(elements, entity, "table");
    String schema = entity == null ? "" : Annotations.stringValue(elements, entity, "schema");
    List<ColumnModel> columns = new ArrayList<>();
    List<RelationshipModel> relationships = new ArrayList<>();
    List<VariableElement> unmapped = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      AnnotationMirror relationship = Annotations.find(field, Annotations.RELATIONSHIP);
      if (relationship != null) {
        relationships.add(relationship(type, field, relationship));
        continue;
      }
      if (field.getModifiers().contains(Modifier.STATIC)
          || field.getModifiers().contains(Modifier.TRANSIENT)) {
        continue;
      }
      if (ColumnTypes.isBasic(field.asType())) {
        columns.add(column(type, field, null, field.getModifiers().contains(Modifier.PRIVATE)));
      } else {
        unmapped.add(field);
      }
    }
    return new EntityModel(
        type,
        entity,
        table.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : table,
        schema,
        columns,
        relationships,
        unmapped,
        hasNoArgConstructor(type),
        extendsRelations(type),
        inCompilation);
  }

  /** The model of {@code @AssociationTable} class or record {@code type}. */
  public AssociationTableModel associationTable(TypeElement type, boolean inCompilation) {
    AnnotationMirror mirror = Annotations.find(type, Annotations.ASSOCIATION_TABLE);
    String table = mirror == null ? "" : Annotations.stringValue(elements, mirror, "value");
    String schema = mirror == null ? "" : Annotations.stringValue(elements, mirror, "schema");
    List<ColumnModel> columns = new ArrayList<>();
    List<VariableElement> unmapped = new ArrayList<>();
    List<VariableElement> members = new ArrayList<>();
    Map<VariableElement, RecordComponentElement> components = new HashMap<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement c :
          ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
        VariableElement f = recordField(type, c);
        members.add(f);
        components.put(f, c);
      }
    } else {
      for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (!f.getModifiers().contains(Modifier.STATIC)
            && !f.getModifiers().contains(Modifier.TRANSIENT)) {
          members.add(f);
        }
      }
    }
    for (VariableElement f : members) {
      if (ColumnTypes.isBasic(f.asType())) {
        // A link table is never read into an object, so how a field is reached does not matter.
        columns.add(column(type, f, components.get(f), false));
      } else {
        unmapped.add(f);
      }
    }
    return new AssociationTableModel(
        type,
        mirror,
        table.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : table,
        schema,
        columns,
        unmapped,
        inCompilation);
  }

  /**
   * The field behind a record component: it is a {@link VariableElement} like a class's fields, and
   * carries the component's annotations with a FIELD target, except in one ecj case that {@link
   * #annotation} covers.
   */
  private static VariableElement recordField(TypeElement record, RecordComponentElement component) {
    for (VariableElement f : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (f.getSimpleName().contentEquals(component.getSimpleName())) {
        return f;
      }
    }
    throw new IllegalStateException("record component without field: " + component);
  }

  /**
   * The annotation {@code name} on {@code field}, or on the record component behind it. ecj 3.46
   * gives such a field no annotations at all when one of them names an enum constant, such as
   * {@code onDelete = OnDelete.CASCADE}, while the component keeps them. The field's own is
   * preferred, because diagnostics are placed on the field.
   */
  private static AnnotationMirror annotation(
      VariableElement field, RecordComponentElement component, String name) {
    AnnotationMirror own = Annotations.find(field, name);
    return own != null || component == null ? own : Annotations.find(component, name);
  }

  private ColumnModel column(
      TypeElement owner,
      VariableElement field,
      RecordComponentElement component,
      boolean isPrivate) {
    String javaName = field.getSimpleName().toString();
    AnnotationMirror column = annotation(field, component, Annotations.COLUMN);
    String columnName = column == null ? "" : Annotations.stringValue(elements, column, "value");
    AnnotationValue columnValue =
        column == null ? null : Annotations.explicitValues(column).get("value");
    AnnotationMirror fk = annotation(field, component, Annotations.FOREIGN_KEY);
    ForeignKeyModel foreignKey = null;
    if (fk != null) {
      TypeMirror target = Annotations.classValue(elements, fk, "value");
      Map<String, AnnotationValue> values = Annotations.explicitValues(fk);
      foreignKey =
          new ForeignKeyModel(
              fk,
              target,
              target == null ? "" : Annotations.typeName(target),
              Annotations.enumValue(elements, fk, "onDelete", OnDelete.class, OnDelete.NO_ACTION),
              values.get("value"),
              values.get("onDelete"));
    }
    ColumnModel.Access access = ColumnModel.Access.FIELD;
    String getter = null;
    String setter = null;
    if (isPrivate) {
      getter = findGetter(owner, javaName, field.asType());
      setter = findSetter(owner, javaName, field.asType());
      access =
          getter != null && setter != null ? ColumnModel.Access.PROPERTY : ColumnModel.Access.NONE;
      if (access == ColumnModel.Access.NONE) {
        getter = null;
        setter = null;
      }
    }
    return new ColumnModel(
        field,
        javaName,
        columnName.isEmpty() ? Names.snakeCase(javaName) : columnName,
        field.asType(),
        annotation(field, component, Annotations.ID) != null,
        foreignKey,
        access,
        getter,
        setter,
        column,
        columnValue,
        column != null && Annotations.booleanValue(elements, column, "generated"));
  }

  private String findGetter(TypeElement owner, String property, TypeMirror type) {
    List<String> names = new ArrayList<>();
    names.add("get" + Names.capitalize(property));
    if (type.getKind() == TypeKind.BOOLEAN) {
      names.add("is" + Names.capitalize(property));
    }
    for (ExecutableElement m : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (names.contains(m.getSimpleName().toString())
          && m.getParameters().isEmpty()
          && isAccessibleInstanceMember(m)
          && types.isSameType(m.getReturnType(), type)) {
        return m.getSimpleName().toString();
      }
    }
    return null;
  }

  private String findSetter(TypeElement owner, String property, TypeMirror type) {
    String name = "set" + Names.capitalize(property);
    for (ExecutableElement m : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (m.getSimpleName().contentEquals(name)
          && m.getParameters().size() == 1
          && isAccessibleInstanceMember(m)
          && types.isSameType(m.getParameters().get(0).asType(), type)) {
        return name;
      }
    }
    return null;
  }

  private static boolean isAccessibleInstanceMember(ExecutableElement m) {
    return !m.getModifiers().contains(Modifier.PRIVATE)
        && !m.getModifiers().contains(Modifier.STATIC);
  }

  private RelationshipModel relationship(
      TypeElement owner, VariableElement field, AnnotationMirror mirror) {
    TypeMirror fieldType = field.asType();
    Shape shape = Shape.SCALAR;
    TypeMirror target = fieldType;
    if (fieldType.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) fieldType;
      Shape collection = collectionShape(Annotations.typeName(types.erasure(fieldType)));
      if (collection != null) {
        shape = collection;
        List<? extends TypeMirror> args = declared.getTypeArguments();
        target =
            args.size() == 1 && args.get(0).getKind() == TypeKind.DECLARED ? args.get(0) : null;
      }
    }
    TypeMirror secondary = Annotations.classValue(elements, mirror, "secondary");
    return new RelationshipModel(
        owner,
        field,
        field.getSimpleName().toString(),
        target,
        target == null ? "" : Annotations.typeName(target),
        shape,
        Annotations.stringValue(elements, mirror, "backPopulates"),
        secondary,
        secondary == null ? "" : Annotations.typeName(secondary),
        Annotations.stringValue(elements, mirror, "foreignKey"),
        Annotations.enumValue(elements, mirror, "lazy", Lazy.class, Lazy.SELECT),
        Annotations.enumValues(elements, mirror, "cascade", Cascade.class),
        Annotations.booleanValue(elements, mirror, "passiveDeletes"),
        Annotations.booleanValue(elements, mirror, "viewonly"),
        Annotations.stringValue(elements, mirror, "orderBy"),
        backref(field),
        mirror,
        Annotations.explicitValues(mirror),
        null);
  }

  private BackrefModel backref(VariableElement field) {
    AnnotationMirror m = Annotations.find(field, Annotations.BACKREF);
    if (m == null) {
      return null;
    }
    return new BackrefModel(
        m,
        Annotations.stringValue(elements, m, "value"),
        Annotations.enumValue(elements, m, "lazy", Lazy.class, Lazy.SELECT),
        Annotations.enumValues(elements, m, "cascade", Cascade.class),
        Annotations.booleanValue(elements, m, "passiveDeletes"),
        Annotations.stringValue(elements, m, "orderBy"),
        Annotations.booleanValue(elements, m, "viewonly"),
        Annotations.booleanValue(elements, m, "uselist"),
        Annotations.explicitValues(m));
  }

  private static Shape collectionShape(String erasure) {
    switch (erasure) {
      case "java.util.List":
        return Shape.LIST;
      case "java.util.Set":
        return Shape.SET;
      case "java.util.Collection":
        return Shape.COLLECTION;
      default:
        return null;
    }
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the superclass is the generated {@code XRelations}. Before it is generated, javac and
   * ecj show it as an error type that still carries the name written in the source.
   */
  private static boolean extendsRelations(TypeElement type) {
    String simple = Names.flatName(type) + "Relations";
    String qualified = qualify(Names.packageName(type), simple);
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() == TypeKind.ERROR) {
      String written = superclass.toString();
      return written.equals(simple) || written.equals(qualified);
    }
    return superclass.getKind() == TypeKind.DECLARED
        && Annotations.typeName(superclass).equals(qualified);
  }

  static String qualify(String pkg, String simple) {
    return pkg.isEmpty() ? simple : pkg + "." + simple;
  }
}
