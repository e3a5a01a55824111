package org.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class to a table, like a SQLAlchemy declarative class.
 *
 * <p>Every non-static, non-transient field of a basic type is a column. The class needs at least
 * one {@link Id} field and a non-private no-argument constructor. When the class declares or
 * receives a relationship, it must extend the generated {@code <SimpleName>Relations} class, which
 * the processor writes into the same package.
 *
 * <p>It is an entity-defining annotation in Jakarta Data's terms: a Jakarta Data repository whose
 * entity carries it belongs to Relata. The meta-annotation needs the Jakarta Data API only to
 * compile this module; without the API on their classpath, users' compilers and the JVM ignore it.
 */
@jakarta.data.spi.EntityDefining
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /**
   * The table name; SQLAlchemy's {@code __tablename__}. Empty means the snake_case form of the
   * simple class name ({@code UserAccount} becomes {@code user_account}). Names are always quoted
   * in SQL, so keywords such as {@code user} or {@code order} are safe.
   */
  String table() default "";

  /**
   * The database schema of the table; SQLAlchemy's {@code __table_args__ = {"schema": ...}}. Empty
   * means the connection's current schema. It must be a plain SQL identifier, and it is quoted like
   * every other name: {@code schema = "billing", table = "user_account"} is {@code
   * "billing"."user_account"}.
   */
  String schema() default "";
}
