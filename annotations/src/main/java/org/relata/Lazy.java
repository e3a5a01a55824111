package org.relata;

/** How a relationship is loaded; SQLAlchemy's {@code lazy} argument. */
public enum Lazy {
  /** On first access, with one SELECT, while the session is open; SQLAlchemy's {@code "select"}. */
  SELECT,
  /** With its owners, in the same statement, through a LEFT OUTER JOIN; {@code "joined"}. */
  JOINED,
  /** With one {@code WHERE fk IN (...)} query for a whole batch of owners; {@code "selectin"}. */
  SELECTIN
}
