package test.legacy;

import java.lang.invoke.MethodHandles;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.ScalarRelationship;

/**
 * The generated base class of {@link Passport}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class PassportRelations extends EntityRelations {
  public static final EntityType<Passport> TYPE = EntityType.<Passport>bootstrap(MethodHandles.lookup(), Passport.class,
      "relata\t1\tentity\ttest.legacy.Passport\n"
          + "table\t\tpassport\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "column\tpersonId\tperson_id\tjava.lang.Long\t\tfield\ttest.legacy.Person\tNO_ACTION\n"
          + "relationship\tperson\tMANY_TO_ONE\tSCALAR\ttest.legacy.Person\tpassport\tfk:test.legacy.Passport:personId:true\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<Long> PERSON_ID = TYPE.<Long>field("personId");

  public static final ScalarRelationship<Passport, Person> PERSON = TYPE.<Person>scalar("person");

  protected PassportRelations() {
  }

  /**
   * The related {@code person}, or null.
   */
  public Person getPerson() {
    return PERSON.get((Passport) this);
  }

  /**
   * Sets {@code person}, mirrored onto {@code Person.passport}.
   */
  public void setPerson(Person person) {
    PERSON.set((Passport) this, person);
  }
}
