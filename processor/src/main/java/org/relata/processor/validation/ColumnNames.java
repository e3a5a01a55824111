package org.relata.processor.validation;

import java.util.List;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.ColumnModel;

/** Checks that every column name, written or derived from the field, is a plain SQL name. */
final class ColumnNames {
  private ColumnNames() {}

  static void validate(List<ColumnModel> columns, ValidationReport.Builder report) {
    for (ColumnModel c : columns) {
      if (SqlNames.isPlain(c.columnName())) {
        continue;
      }
      Location where =
          c.columnAnnotation() == null
              ? Location.of(c.element())
              : new Location(c.element(), c.columnAnnotation(), c.columnValue());
      report.add(Message.SQL_NAME_INVALID, where, "column", c.columnName());
    }
  }
}
