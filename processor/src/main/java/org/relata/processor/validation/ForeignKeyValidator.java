package org.relata.processor.validation;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;

/**
 * Checks every {@code @ForeignKey}: it references an entity with a single id, and has that id's
 * type; and every association table's name.
 */
final class ForeignKeyValidator {
  private final Model model;
  private final Types types;
  private final ValidationReport.Builder report = ValidationReport.builder();

  private ForeignKeyValidator(Model model, ProcessingEnvironment env) {
    this.model = model;
    this.types = env.getTypeUtils();
  }

  static ValidationReport validate(Model model, ProcessingEnvironment env) {
    ForeignKeyValidator v = new ForeignKeyValidator(model, env);
    for (EntityModel e : model.entities()) {
      if (e.inCompilation()) {
        v.validate(e.columns());
      }
    }
    for (AssociationTableModel t : model.associationTables()) {
      if (t.inCompilation()) {
        v.validate(t.columns());
        Location name = Location.value(t.element(), "org.relata.AssociationTable", "value");
        if (!SqlNames.isPlain(t.tableName())) {
          v.report.add(Message.SQL_NAME_INVALID, name, "table", t.tableName());
        }
        if (!t.schemaName().isEmpty() && !SqlNames.isPlain(t.schemaName())) {
          v.report.add(
              Message.SQL_NAME_INVALID,
              Location.value(t.element(), "org.relata.AssociationTable", "schema"),
              "schema",
              t.schemaName());
        }
        ColumnNames.validate(t.columns(), v.report);
      }
    }
    return v.report.build();
  }

  private void validate(List<ColumnModel> columns) {
    for (ColumnModel c : columns) {
      if (!c.isForeignKey() || c.foreignKey().target().getKind() == TypeKind.ERROR) {
        continue; // the compiler already reports a class that does not exist
      }
      EntityModel target = model.entity(c.foreignKey().targetName());
      String targetName = c.foreignKey().targetName();
      if (target == null || target.ids().size() > 1) {
        String simple = Sites.simple(targetName);
        report.add(
            Message.FOREIGN_KEY_TARGET_NOT_ENTITY,
            Sites.foreignKey(c),
            simple,
            Sites.member(c),
            targetName,
            simple);
        continue;
      }
      if (target.ids().isEmpty()) {
        continue; // IdMissing is reported on the target itself
      }
      ColumnModel id = target.ids().get(0);
      if (!types.isSameType(boxed(c.type()), boxed(id.type()))) {
        report.add(
            Message.FOREIGN_KEY_TYPE_MISMATCH,
            Sites.foreignKey(c),
            Sites.member(c),
            shortName(c.type()),
            Sites.member(id),
            shortName(id.type()),
            shortName(id.type()));
      }
    }
  }

  /** The type as the user writes it: {@code Long}, not {@code java.lang.Long}. */
  private static String shortName(TypeMirror type) {
    return type.toString().replace("java.lang.", "");
  }

  /** A primitive's box, so that {@code long userId} may reference {@code Long id}. */
  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }
}
