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
 * The generated base class of {@link Pet}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class PetRelations extends EntityRelations {
  public static final EntityType<Pet> TYPE = EntityType.<Pet>bootstrap(MethodHandles.lookup(), Pet.class,
      "relata\t1\tentity\ttest.legacy.Pet\n"
          + "table\t\tpet\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "column\townerId\towner_id\tjava.lang.Long\t\tfield\ttest.legacy.Owner\tNO_ACTION\n"
          + "relationship\towner\tMANY_TO_ONE\tSCALAR\ttest.legacy.Owner\tpets\tfk:test.legacy.Pet:ownerId:true\tSELECT\tSAVE_UPDATE,MERGE\tviewonly\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<Long> OWNER_ID = TYPE.<Long>field("ownerId");

  public static final ScalarRelationship<Pet, Owner> OWNER = TYPE.<Owner>scalar("owner");

  Owner owner;

  protected PetRelations() {
  }

  /**
   * The related {@code owner}, or null.
   */
  public Owner getOwner() {
    return OWNER.get((Pet) this);
  }

  /**
   * Sets {@code owner}, mirrored onto {@code Owner.pets}.
   */
  public void setOwner(Owner owner) {
    OWNER.set((Pet) this, owner);
  }
}
