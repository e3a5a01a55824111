package test.legacy;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.OnDelete;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.EntityType;
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
   * Reads and writes the fields of {@link Passport} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code person} relationship, many-to-one.
   */
  public static final ScalarRelationship<Passport, Person> PERSON = ScalarRelationship.<Passport, Person>builder(
          "person", Passport.class, Person.class, RelationshipKind.MANY_TO_ONE, ACCESS, 2)
      .backPopulates("passport")
      .foreignKeyJoin(Passport.class, "personId", true)
      .build();

  /**
   * Everything the runtime knows about {@link Passport}; registered when this class initialises.
   */
  public static final EntityType<Passport> TYPE = EntityType.<Passport>builder(Passport.class, TABLE, Passport::new, ACCESS)
      .id("id", ID, 0)
      .column("personId", PERSON_ID, 1).references(Person.class, OnDelete.NO_ACTION)
      .relationship(PERSON)
      .build();

  private Passport_() {
  }

  /**
   * Reads and writes the fields of {@link Passport} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Passport> {
    @Override
    public Object get(int slot, Passport passport) {
      switch (slot) {
        case 0:
          return passport.id;
        case 1:
          return passport.personId;
        case 2:
          return passport.person;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    public void set(int slot, Passport passport, Object value) {
      switch (slot) {
        case 0:
          passport.id = (Long) value;
          return;
        case 1:
          passport.personId = (Long) value;
          return;
        case 2:
          passport.person = (Person) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
