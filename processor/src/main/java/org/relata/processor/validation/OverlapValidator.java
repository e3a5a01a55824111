package org.relata.processor.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    Map<String, EntityModel> writers = associationObjectsWriting(model);
    for (EntityModel owner : model.entities()) {
      if (!owner.inCompilation()) {
        continue;
      }
      for (RelationshipModel r : owner.relationships()) {
        if (!r.viewonly() && model.resolution(r).join() instanceof JoinModel.SecondaryJoin join) {
          String table =
              join.table() != null
                  ? join.table().tableName()
                  : join.associationEntity().tableName();
          String schema =
              join.table() != null
                  ? join.table().schemaName()
                  : join.associationEntity().schemaName();
          EntityModel writer = writers.get(key(schema, table));
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
   * The entities whose foreign keys some writable relationship sets, by {@link #key}: association
   * objects in use. The first such relationship's holder wins for a table.
   */
  private static Map<String, EntityModel> associationObjectsWriting(Model model) {
    Map<String, EntityModel> writers = new HashMap<>();
    for (RelationshipModel r : model.relationships()) {
      if (!r.viewonly() && model.resolution(r).join() instanceof JoinModel.ForeignKeyJoin join) {
        EntityModel holder = join.holder();
        writers.putIfAbsent(key(holder.schemaName(), holder.tableName()), holder);
      }
    }
    return writers;
  }

  /**
   * A table as SQL sees it: schema and name, case-insensitively; tables of the same name in
   * different schemas are different tables. An empty schema is the connection's current one.
   */
  private static String key(String schema, String table) {
    return schema.toLowerCase(Locale.ROOT) + "." + table.toLowerCase(Locale.ROOT);
  }
}
