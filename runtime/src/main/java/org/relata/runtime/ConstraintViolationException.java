package org.relata.runtime;

/**
 * The database refused a flush's statement on a constraint that no concurrent transaction explains:
 * a value that a UNIQUE constraint already holds in another row, or a row to delete that rows
 * Relata does not clear still reference. The message names the constraint, its table and columns,
 * and the fix. Like every {@link FlushException}, the flush was rolled back and the session still
 * holds its pending changes.
 */
public final class ConstraintViolationException extends FlushException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String constraint;

  ConstraintViolationException(String table, String constraint, String message, Throwable cause) {
    super(message, cause);
    this.table = table;
    this.constraint = constraint;
  }

  /** The table that holds the constraint: for a foreign key, the referencing table. */
  public String table() {
    return table;
  }

  /** The constraint's name as the database reports it, or null when it does not say. */
  public String constraint() {
    return constraint;
  }
}
