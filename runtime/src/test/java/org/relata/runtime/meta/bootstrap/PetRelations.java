package org.relata.runtime.meta.bootstrap;

import java.lang.invoke.MethodHandles;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.ScalarRelationship;

/** As the processor generates it, with the storage of the materialized backref {@code owner}. */
public abstract class PetRelations extends EntityRelations {
  public static final EntityType<Pet> TYPE =
      EntityType.<Pet>bootstrap(MethodHandles.lookup(), Pet.class);

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<Pet.Color> COLOR = TYPE.<Pet.Color>field("color");

  public static final ScalarRelationship<Pet, Owner> OWNER = TYPE.<Owner>scalar("owner");

  Owner owner;

  protected PetRelations() {}

  public Owner getOwner() {
    return OWNER.get((Pet) this);
  }

  public void setOwner(Owner owner) {
    OWNER.set((Pet) this, owner);
  }
}
