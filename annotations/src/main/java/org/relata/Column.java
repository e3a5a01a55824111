package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renames a column; the name argument of SQLAlchemy's {@code Column("email_address", ...)}. It also
 * marks a column whose value the database supplies ({@link #generated()}).
 *
 * <p>Without it, a field maps to the snake_case form of its name ({@code emailAddress} becomes
 * {@code email_address}). Every non-static, non-transient field of a basic type is a column whether
 * or not it carries this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /**
   * The column name. It must be a plain SQL identifier: letters, digits and underscores. Empty
   * means the snake_case form of the field name.
   */
  String value() default "";

  /**
   * The database supplies this column's value: a default ({@code created_at timestamp default
   * now()}), a generated column ({@code generated always as (...) stored}), or a value a trigger
   * maintains, such as a version. SQLAlchemy's {@code server_default}, {@code Computed} and {@code
   * FetchedValue}.
   *
   * <p>Relata never writes it: an INSERT leaves it out, so the database's default applies, and an
   * UPDATE never sets it. After every INSERT and every UPDATE of the row, Relata reads the value
   * back into the field (with {@code RETURNING} where jOOQ supports it, else with a SELECT by key).
   * A value the application puts in the field of a new object is replaced by the database's; a
   * change to the field of a stored object fails the flush, because it cannot be written. It may
   * not be an {@link Id} or a {@link ForeignKey}.
   */
  boolean generated() default false;
}
