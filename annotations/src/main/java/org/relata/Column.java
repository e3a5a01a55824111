package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renames a column; the name argument of SQLAlchemy's {@code Column("email_address", ...)}.
 *
 * <p>Without it, a field maps to the snake_case form of its name ({@code emailAddress} becomes
 * {@code email_address}). Every non-static, non-transient field of a basic type is a column whether
 * or not it carries this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** The column name. It must be a plain SQL identifier: letters, digits and underscores. */
  String value();
}
