package org.relata.runtime;

/**
 * Another transaction wrote the same rows first: it inserted the same key or link, changed or
 * deleted a row that this flush updates or deletes, deleted a row that this flush references, or
 * the database chose this transaction as the victim of a deadlock or a serialization failure.
 *
 * <p>Like every {@link FlushException}, the flush was rolled back and the session still holds its
 * pending changes. The message names the table and the rows; {@link #table()} gives the table.
 */
public final class ConflictException extends FlushException {
  private static final long serialVersionUID = 1L;

  private final String table;

  ConflictException(String table, String message, Throwable cause) {
    super(message, cause);
    this.table = table;
  }

  /** The table of the statement that met the conflict. */
  public String table() {
    return table;
  }
}
