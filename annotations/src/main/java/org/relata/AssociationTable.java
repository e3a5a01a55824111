package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a pure link table for many-to-many relationships; SQLAlchemy's {@code
 * Table("association", metadata, Column(..., ForeignKey(...)), ...)} passed as {@code secondary}.
 *
 * <p>The annotated class or record is never instantiated. Its fields (or record components) are the
 * {@link ForeignKey} columns of the table, one to each side of the relationship; together they form
 * the table's primary key. Name it in {@link Relationship#secondary()}.
 *
 * <pre>{@code
 * @AssociationTable("association")
 * record Association(@ForeignKey(Parent.class) Long leftId, @ForeignKey(Child.class) Long rightId) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AssociationTable {
  /** The table name. Empty means the snake_case form of the simple class name. */
  String value() default "";

  /**
   * The database schema of the table, as {@link Entity#schema()}. Empty means the connection's
   * current schema.
   */
  String schema() default "";
}
