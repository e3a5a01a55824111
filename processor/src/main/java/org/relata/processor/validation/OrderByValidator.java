package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;

/**
 * Checks every {@code orderBy}, on relationships and on backrefs: comma-separated column names of
 * the target, each with an optional {@code ASC} or {@code DESC}, separated by spaces (no tab, line
 * break or other control character), and nothing else.
 */
final class OrderByValidator {
  private OrderByValidator() {}

  static ValidationReport validate(Model model) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (RelationshipModel r : model.relationships()) {
      EntityModel declaring = model.entity(r.isMaterialized() ? r.origin().owner() : r.owner());
      if (!r.orderBy().isEmpty() && declaring != null && declaring.inCompilation()) {
        validate(r, model.resolution(r).target(), report);
      }
    }
    return report.build();
  }

  private static void validate(
      RelationshipModel r, EntityModel target, ValidationReport.Builder report) {
    // The structure holds one record per line, fields separated by tabs.
    String control = controlCharacter(r.orderBy());
    if (control != null) {
      report.add(
          Message.ORDER_BY_CONTROL_CHARACTER,
          Sites.attribute(r, "orderBy"),
          escaped(r.orderBy()),
          control);
      return;
    }
    List<String> malformed = new ArrayList<>();
    List<SqlNames.OrderItem> items = SqlNames.parseOrderBy(r.orderBy(), malformed);
    if (!malformed.isEmpty()) {
      report.add(
          Message.ORDER_BY_INVALID, Sites.attribute(r, "orderBy"), r.orderBy(), malformed.get(0));
      return;
    }
    if (target == null) {
      return; // the relationship itself is reported
    }
    List<String> columns = new ArrayList<>();
    for (ColumnModel c : target.columns()) {
      columns.add(c.columnName());
    }
    for (SqlNames.OrderItem item : items) {
      if (!columns.contains(item.column())) {
        report.add(
            Message.ORDER_BY_UNKNOWN_COLUMN,
            Sites.attribute(r, "orderBy"),
            r.orderBy(),
            target.qualifiedName(),
            item.column(),
            suggestion(item.column(), target),
            target.element().getSimpleName(),
            String.join(", ", columns));
        return;
      }
    }
  }

  /** What the first control character of {@code text} is, for the message; null for none. */
  private static String controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        return "a tab";
      }
      if (c == '\n' || c == '\r') {
        return "a line break";
      }
      if (Character.isISOControl(c)) {
        return String.format("the control character U+%04X", (int) c);
      }
    }
    return null;
  }

  /** {@code text} as written in Java source, so that the message stays on one line. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default ->
            out.append(
                Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  /** A field name written for its column gets that column; otherwise the closest column. */
  private static String suggestion(String written, EntityModel target) {
    List<String> columns = new ArrayList<>();
    for (ColumnModel c : target.columns()) {
      if (c.javaName().equals(written)) {
        return " The field " + written + " maps to the column \"" + c.columnName() + "\".";
      }
      columns.add(c.columnName());
    }
    return Suggestions.didYouMean(written, columns);
  }
}
