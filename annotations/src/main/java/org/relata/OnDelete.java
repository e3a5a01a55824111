package org.relata;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
  /** No referential action; deleting a referenced row fails while references remain. */
  NO_ACTION,
  /** The referencing rows are deleted too; SQLAlchemy's {@code ondelete="CASCADE"}. */
  CASCADE,
  /** The referencing column is set to NULL; SQLAlchemy's {@code ondelete="SET NULL"}. */
  SET_NULL
}
