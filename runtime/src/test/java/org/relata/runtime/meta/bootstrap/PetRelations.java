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
      EntityType.<Pet>bootstrap(
          MethodHandles.lookup(),
          Pet.class,
          "relata\t1\tentity\torg.relata.runtime.meta.bootstrap.Pet\n"
              + "table\t\tpet\n"
              + "constructor\ttrue\n"
              + "column\tid\tid\tjava.lang.Long\tid,generated\tfield\t\t\n"
              + "column\tname\tname\tjava.lang.String\t\tproperty:getName:setName\t\t\n"
              + "column\tlegs\tlegs\tjava.lang.Integer\t\tfield\t\t\n"
              + "column\ttame\ttame\tjava.lang.Boolean\t\tfield\t\t\n"
              + "column\tweight\tweight\tjava.lang.Double\t\tfield\t\t\n"
              + "column\tage\tage\tjava.lang.Byte\t\tfield\t\t\n"
              + "column\ttoys\ttoys\tjava.lang.Short\t\tfield\t\t\n"
              + "column\theight\theight\tjava.lang.Float\t\tfield\t\t\n"
              + "column\tborn\tborn\tjava.lang.Long\t\tfield\t\t\n"
              + "column\tcolor\tcolor\torg.relata.runtime.meta.bootstrap.Pet$Color\tenum\tfield\t\t\n"
              + "column\townerId\towner_id\tjava.lang.Long\t\tfield\torg.relata.runtime.meta.bootstrap.Owner\tCASCADE\n"
              + "column\tphoto\tphoto\t[B\t\tfield\t\t\n"
              + "relationship\towner\tMANY_TO_ONE\tSCALAR\torg.relata.runtime.meta.bootstrap.Owner\tpets\tfk:org.relata.runtime.meta.bootstrap.Pet:ownerId:true\tJOINED\t\t\t\n");

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
