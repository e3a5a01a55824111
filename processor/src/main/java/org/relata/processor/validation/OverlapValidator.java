package org.relata.processor.validation;

import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JoinModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;

/**
 * Warns when a writable {@code secondary} relationship and an association-object entity write the
 * same table, as SQLAlchemy's overlap warning does: the two would write conflicting link rows.
 */
final class OverlapValidator {
  private OverlapValidator() {}

  static ValidationReport validate(Model model) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (EntityModel owner : model.entities()) {
      if (!owner.inCompilation()) {
        continue;
      }
      for (RelationshipModel r : owner.relationships()) {
        if (!r.viewonly() && model.resolution(r).join() instanceof JoinModel.SecondaryJoin join) {
          String table = join.table() != null ? join.table().tableName() : join.associationEntity().tableName();
          EntityModel writer = associationObjectWriting(model, table);
          if (writer != null) {
            report.add(
                Message.SECONDARY_OVERLAP,
                Sites.attribute(r, "secondary"),
                Sites.member(r),
                writer.qualifiedName(),
                table,
                Sites.member(r),
                writer.element().getSimpleName());
          }
        }
      }
    }
    return report.build();
  }

  /**
   * The entity mapped to {@code table} whose foreign keys some writable relationship sets, which
   * makes it an association object in use; null when there is none.
   */
  private static EntityModel associationObjectWriting(Model model, String table) {
    for (RelationshipModel r : model.relationships()) {
      if (!r.viewonly()
          && model.resolution(r).join() instanceof JoinModel.ForeignKeyJoin join
          && join.holder().tableName().equalsIgnoreCase(table)) {
        return join.holder();
      }
    }
    return null;
  }
}
