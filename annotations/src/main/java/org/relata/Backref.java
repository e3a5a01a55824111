package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the reverse side of a {@link Relationship} on its target; SQLAlchemy's legacy {@code
 * backref("name", ...)}.
 *
 * <p>Put it on the same field as the {@code @Relationship}. The processor writes a real, typed
 * field and accessors named {@link #value()} into the target's generated {@code Relations} base
 * class, so {@code address.getUser()} compiles and mirrors just as a declared relationship does. As
 * in SQLAlchemy, the join (foreign key, secondary table) carries over, reversed; {@code lazy},
 * {@code cascade}, {@code uselist}, {@code orderBy} and {@code passiveDeletes} do not, and are set
 * here instead.
 *
 * <p>Each {@code @Backref} gets a compiler NOTE that shows the explicit
 * {@code @Relationship(backPopulates = ...)} declaration that replaces it; {@code
 * -Arelata.backref=warning} or {@code -Arelata.backref=error} makes that stricter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Backref {
  /** The name of the generated relationship on the target; SQLAlchemy's first backref argument. */
  String value();

  /** When the generated side is loaded; SQLAlchemy's {@code backref(..., lazy=...)}. */
  Lazy lazy() default Lazy.SELECT;

  /** Which session operations travel along the generated side. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /**
   * Trust {@code ON DELETE CASCADE} on the generated side; SQLAlchemy's {@code passive_deletes}.
   */
  boolean passiveDeletes() default false;

  /** Target columns that order the generated side, when it is a collection; {@code order_by}. */
  String orderBy() default "";

  /** Make the generated side read-only; SQLAlchemy's {@code viewonly}. */
  boolean viewonly() default false;

  /**
   * Whether a naturally-collection generated side is a collection; SQLAlchemy's {@code uselist}.
   * {@code false} makes it a scalar, which turns a one-to-many into a one-to-one. Ignored when the
   * generated side is naturally a scalar.
   */
  boolean uselist() default true;
}
