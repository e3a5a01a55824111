package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Lombok;
import org.relata.processor.model.Model;
import org.relata.processor.model.Names;

/** Checks each entity class: its id, its constructor, its columns and its generated base. */
final class EntityValidator {
  private EntityValidator() {}

  static ValidationReport validate(Model model) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (EntityModel e : model.entities()) {
      if (e.inCompilation()) {
        validate(model, e, report);
      }
    }
    return report.build();
  }

  private static void validate(Model model, EntityModel e, ValidationReport.Builder report) {
    TypeElement type = e.element();
    if (type.getKind() != ElementKind.CLASS) {
      // Its other faults (no constructor, final fields, static constants) only follow from this.
      report.add(
          Message.ENTITY_NOT_A_CLASS,
          Sites.entity(e),
          type.getQualifiedName(),
          kind(type),
          type.getSimpleName());
      return;
    }
    if (e.ids().isEmpty()) {
      report.add(Message.ID_MISSING, Sites.entity(e), type.getQualifiedName());
    }
    AnnotationMirror lombokConstructor = Lombok.noArgConstructorSource(type);
    if (!e.hasNoArgConstructor() && lombokConstructor != null) {
      report.add(
          Message.LOMBOK_ORDER,
          new Location(type, lombokConstructor, null),
          Lombok.display(lombokConstructor),
          "generates " + type.getSimpleName() + "()");
    } else if (!e.hasNoArgConstructor() && !type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.add(
          Message.NO_ARG_CONSTRUCTOR_MISSING,
          Sites.entity(e),
          type.getQualifiedName(),
          type.getSimpleName());
    }
    if (model.hasRelations(e) && !e.extendsRelations()) {
      report.add(
          Message.RELATIONS_BASE_MISSING,
          Sites.entity(e),
          type.getQualifiedName(),
          type.getSimpleName(),
          e.relationsName());
    }
    for (ColumnModel c : e.columns()) {
      if (c.access() == ColumnModel.Access.NONE) {
        inaccessible(type, c, report);
      } else if (c.access() == ColumnModel.Access.FIELD
          && c.element().getModifiers().contains(Modifier.FINAL)) {
        report.add(Message.FIELD_FINAL, Location.of(c.element()), Sites.member(c));
      }
    }
    if (e.annotation() != null) {
      Location table = Location.value(type, "org.relata.Entity", "table");
      if (table.value() != null && !SqlNames.isPlain(e.tableName())) {
        report.add(Message.SQL_NAME_INVALID, table, "table", e.tableName());
      }
      Location schema = Location.value(type, "org.relata.Entity", "schema");
      if (!e.schemaName().isEmpty() && !SqlNames.isPlain(e.schemaName())) {
        report.add(Message.SQL_NAME_INVALID, schema, "schema", e.schemaName());
      }
    }
    ColumnNames.validate(e.columns(), report);
  }

  private static String kind(TypeElement type) {
    switch (type.getKind()) {
      case RECORD:
        return "a record";
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "not a class";
    }
  }

  /** Names exactly the accessor or accessors that are missing, and the code to add. */
  private static void inaccessible(
      TypeElement type, ColumnModel c, ValidationReport.Builder report) {
    String property = Names.capitalize(c.javaName());
    String typeName = c.type().toString().replaceAll("\\b[a-z0-9_]+\\.", "");
    boolean bool = c.type().getKind() == TypeKind.BOOLEAN;
    String getter = (bool ? "is" : "get") + property;
    String setter = "set" + property;
    boolean getterMissing =
        !hasMethod(type, getter, 0) && !(bool && hasMethod(type, "get" + property, 0));
    boolean setterMissing = !hasMethod(type, setter, 1);
    // Lombok listed after Relata: its accessors are not there yet, only its annotations.
    AnnotationMirror lombokGetter = getterMissing ? Lombok.accessorSource(c.element(), true) : null;
    AnnotationMirror lombokSetter =
        setterMissing ? Lombok.accessorSource(c.element(), false) : null;
    if (lombokGetter != null || lombokSetter != null) {
      AnnotationMirror source = lombokGetter != null ? lombokGetter : lombokSetter;
      String members =
          lombokGetter != null && lombokSetter != null
              ? getter + "() and " + setter + "(" + typeName + ")"
              : lombokGetter != null ? getter + "()" : setter + "(" + typeName + ")";
      String display = Lombok.display(source);
      if (lombokGetter != null
          && lombokSetter != null
          && !Lombok.display(lombokSetter).equals(display)) {
        display += " and " + Lombok.display(lombokSetter);
      }
      report.add(
          Message.LOMBOK_ORDER,
          new Location(Lombok.carrier(c.element(), source), source, null),
          display,
          (display.contains(" and ") ? "generate " : "generates ")
              + type.getSimpleName()
              + "."
              + members);
      return;
    }
    List<String> missing = new ArrayList<>();
    List<String> code = new ArrayList<>();
    if (getterMissing) {
      missing.add(getter + "()");
      code.add("public " + typeName + " " + getter + "() { return " + c.javaName() + "; }");
    }
    if (setterMissing) {
      missing.add(setter + "(" + typeName + ")");
      code.add(
          "public void "
              + setter
              + "("
              + typeName
              + " "
              + c.javaName()
              + ") { this."
              + c.javaName()
              + " = "
              + c.javaName()
              + "; }");
    }
    if (missing.isEmpty()) {
      // Both exist but do not fit (wrong type, private or static): say what is expected.
      missing.add(getter + "() and " + setter + "(" + typeName + ") of type " + typeName);
      code.add("non-private, non-static " + getter + "() and " + setter + "(" + typeName + ")");
    }
    report.add(
        Message.COLUMN_INACCESSIBLE,
        Location.of(c.element()),
        Sites.member(c),
        String.join(" and ", missing),
        String.join(" ", code));
  }

  private static boolean hasMethod(TypeElement type, String name, int parameters) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (m.getSimpleName().contentEquals(name) && m.getParameters().size() == parameters) {
        return true;
      }
    }
    return false;
  }
}
