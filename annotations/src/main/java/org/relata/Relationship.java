package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a link to another entity; SQLAlchemy's {@code relationship()}.
 *
 * <p>Put it on a field whose type is an entity (a scalar reference) or a {@code List}, {@code Set}
 * or {@code Collection} of one. The field must not be private or static: it is the storage that the
 * generated accessors in {@code <SimpleName>Relations} read and write.
 *
 * <p>The direction follows from the field type and the foreign key. A collection is one-to-many,
 * and its target holds the {@link ForeignKey}. A scalar whose own class holds the key is
 * many-to-one; a scalar whose target holds it is one-to-one. A collection with {@link #secondary()}
 * is many-to-many. Every mistake in these attributes is a compile error on the attribute at fault.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Relationship {
  /**
   * The name of the reverse relationship field on the target; SQLAlchemy's {@code back_populates}.
   * Both sides then mirror each other in memory. Empty means this side does not mirror onto the
   * target. When only one side names the other, mirroring runs one way: from the side that names
   * the other.
   */
  String backPopulates() default "";

  /**
   * The association table of a many-to-many relationship; SQLAlchemy's {@code secondary}. Either an
   * {@link AssociationTable} class, or an {@link Entity} used as an association object. {@code
   * void.class} means none.
   */
  Class<?> secondary() default void.class;

  /**
   * The name of the {@link ForeignKey} field to join on, when more than one could serve;
   * SQLAlchemy's {@code foreign_keys}. The field lives on whichever side holds the key (on the
   * {@link #secondary()} class for a many-to-many). Empty means inferred.
   */
  String foreignKey() default "";

  /** When the relationship is loaded; SQLAlchemy's {@code lazy}. */
  Lazy lazy() default Lazy.SELECT;

  /** Which session operations travel along the relationship; SQLAlchemy's {@code cascade}. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /**
   * Trust the database's {@code ON DELETE CASCADE}: deleting the owner neither loads nor deletes
   * the dependents, nor their association rows; SQLAlchemy's {@code passive_deletes=True}.
   */
  boolean passiveDeletes() default false;

  /**
   * A read-only relationship that is loaded but never written; SQLAlchemy's {@code viewonly}. Use
   * it for a second view of rows that another relationship already writes.
   */
  boolean viewonly() default false;

  /**
   * The target column or columns that order a collection, comma-separated, each with an optional
   * {@code ASC} or {@code DESC}, such as {@code "email DESC"}; SQLAlchemy's {@code order_by}. Names
   * are column names of the target. Empty means the database's order.
   */
  String orderBy() default "";
}
