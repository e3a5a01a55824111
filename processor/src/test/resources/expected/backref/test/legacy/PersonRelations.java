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
 * The generated base class of {@link Person}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class PersonRelations extends EntityRelations {
  public static final EntityType<Person> TYPE = EntityType.<Person>bootstrap(MethodHandles.lookup(), Person.class,
      "relata\t1\tentity\ttest.legacy.Person\n"
          + "table\t\tperson\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "relationship\tpassport\tONE_TO_ONE\tSCALAR\ttest.legacy.Passport\tperson\tfk:test.legacy.Passport:personId:false\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final ScalarRelationship<Person, Passport> PASSPORT = TYPE.<Passport>scalar("passport");

  Passport passport;

  protected PersonRelations() {
  }

  /**
   * The related {@code passport}, or null.
   */
  public Passport getPassport() {
    return PASSPORT.get((Person) this);
  }

  /**
   * Sets {@code passport}, mirrored onto {@code Passport.person}.
   */
  public void setPassport(Passport passport) {
    PASSPORT.set((Person) this, passport);
  }
}
