package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a basic field as a foreign key to another entity's {@link Id}; SQLAlchemy's {@code
 * ForeignKey("user_account.id")}.
 *
 * <p>The column name is the snake_case form of the field name ({@code userId} becomes {@code
 * user_id}) unless {@link Column} renames it. The field's type must equal the type of the
 * referenced entity's id. Relationships find their join through these fields; when several could
 * serve, {@link Relationship#foreignKey()} picks one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ForeignKey {
  /** The referenced entity; its single {@link Id} field is the referenced column. */
  Class<?> value();

  /** The referential action of the constraint; SQLAlchemy's {@code ondelete}. */
  OnDelete onDelete() default OnDelete.NO_ACTION;
}
