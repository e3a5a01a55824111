package test.legacy;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/**
 * The generated base class of {@link Owner}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class OwnerRelations extends EntityRelations {
  public static final EntityType<Owner> TYPE = EntityType.<Owner>bootstrap(MethodHandles.lookup(), Owner.class,
      "relata\t1\tentity\ttest.legacy.Owner\n"
          + "table\t\towner\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "relationship\tpets\tONE_TO_MANY\tSET\ttest.legacy.Pet\towner\tfk:test.legacy.Pet:ownerId:false\tSELECT\tALL\tpassiveDeletes\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final CollectionRelationship<Owner, Pet> PETS = TYPE.<Pet>collection("pets");

  protected OwnerRelations() {
  }

  /**
   * The live {@code pets}, never null; every change mirrors onto {@code Pet.owner}.
   */
  public Set<Pet> getPets() {
    return PETS.set((Owner) this);
  }

  /**
   * Replaces the contents of {@code pets} with {@code pets}, in order, mirrored onto {@code Pet.owner}.
   */
  public void setPets(Collection<? extends Pet> pets) {
    PETS.replace((Owner) this, pets);
  }
}
