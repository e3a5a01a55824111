package test.legacy;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.Tables;

/**
 * The metamodel of {@link Passport}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Passport_ {
  /**
   * The table {@code passport}.
   */
  public static final Table<Record> TABLE = Tables.table("passport");

  /**
   * The column {@code passport.id}.
   */
  public static final Field<Long> ID = Tables.column("passport", "id", Long.class);

  /**
   * The column {@code passport.person_id}.
   */
  public static final Field<Long> PERSON_ID = Tables.column("passport", "person_id", Long.class);

  /**
   * The {@code person} relationship, many-to-one.
   */
  public static final ScalarRelationship<Passport, Person> PERSON = ScalarRelationship.<Passport, Person>builder(
          "person", Passport.class, Person.class, RelationshipKind.MANY_TO_ONE,
          (Passport passport) -> passport.person, (Passport passport, Person value) -> passport.person = value)
      .backPopulates(() -> Person_.PASSPORT)
      .join(() -> Join.foreignKey(Passport_.TYPE.attribute(Passport_.PERSON_ID), true))
      .build();

  /**
   * Everything the runtime knows about {@link Passport}; registered when this class initialises.
   */
  public static final EntityType<Passport> TYPE = EntityType.<Passport>builder(Passport.class, TABLE, Passport::new)
      .attribute(Attribute.<Passport, Long>of(Passport.class, "id", ID, (Passport passport) -> passport.id, (Passport passport, Long value) -> passport.id = value).asId())
      .attribute(Attribute.<Passport, Long>of(Passport.class, "personId", PERSON_ID, (Passport passport) -> passport.personId, (Passport passport, Long value) -> passport.personId = value)
          .references(() -> Person_.TYPE, OnDelete.NO_ACTION))
      .relationship(PERSON)
      .build();

  private Passport_() {
  }
}
