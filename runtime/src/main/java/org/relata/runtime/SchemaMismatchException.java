package org.relata.runtime;

import java.util.List;

/**
 * The mapping does not match the live database: {@link Schema#validate} reports every difference at
 * once, each naming the entity or field and the annotation (or the column) to change.
 */
public final class SchemaMismatchException extends RelataException {
  private static final long serialVersionUID = 1L;

  private final transient List<SchemaMismatch> mismatches;

  SchemaMismatchException(List<SchemaMismatch> mismatches) {
    super(message(mismatches));
    this.mismatches = List.copyOf(mismatches);
  }

  /** Every difference found, in the order of the classes given, tables before their columns. */
  public List<SchemaMismatch> mismatches() {
    return mismatches;
  }

  private static String message(List<SchemaMismatch> mismatches) {
    StringBuilder text =
        new StringBuilder("The mapping does not match the database in ")
            .append(mismatches.size())
            .append(mismatches.size() == 1 ? " place:" : " places:");
    for (SchemaMismatch m : mismatches) {
      text.append("\n  - ").append(m);
    }
    return text.toString();
  }
}
