package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads relationships of a repository finder's results with them, whatever their own {@code lazy}
 * says; SQLAlchemy's {@code selectinload()} and {@code joinedload()} options on one query.
 *
 * <pre>{@code
 * @Find
 * @Fetch("addresses")                                   // one more SELECT ... WHERE user_id IN (...)
 * @Fetch(value = "manager", mode = Fetch.Mode.JOINED)   // a LEFT OUTER JOIN in the finder's SELECT
 * List<User> byName(String name);
 * }</pre>
 *
 * <p>Each name is a relationship of the finder's entity, declared or generated from a backref; the
 * processor checks it at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Fetch.List.class)
public @interface Fetch {
  /** The names of relationships of the finder's entity. */
  String[] value();

  /** How they load. */
  Mode mode() default Mode.SELECTIN;

  /** How fetched relationships load. */
  enum Mode {
    /** In the finder's own statement, with a LEFT OUTER JOIN. */
    JOINED,
    /** In one statement per relationship for all results, {@code WHERE key IN (...)}. */
    SELECTIN
  }

  /** Several {@link Fetch} annotations on one method. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    Fetch[] value();
  }
}
