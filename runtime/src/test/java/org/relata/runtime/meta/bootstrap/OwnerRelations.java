package org.relata.runtime.meta.bootstrap;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/** As the processor generates it. */
public abstract class OwnerRelations extends EntityRelations {
  public static final EntityType<Owner> TYPE =
      EntityType.<Owner>bootstrap(
          MethodHandles.lookup(),
          Owner.class,
          "relata\t1\tentity\torg.relata.runtime.meta.bootstrap.Owner\n"
              + "table\tzoo\towner\n"
              + "constructor\ttrue\n"
              + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
              + "column\tname\tname\tjava.lang.String\t\tfield\t\t\n"
              + "relationship\tpets\tONE_TO_MANY\tLIST\torg.relata.runtime.meta.bootstrap.Pet\towner\tfk:org.relata.runtime.meta.bootstrap.Pet:ownerId:false\tSELECT\tSAVE_UPDATE,MERGE\t\t\n"
              + "relationship\tfavorites\tMANY_TO_MANY\tSET\torg.relata.runtime.meta.bootstrap.Pet\t\tsecondary:org.relata.runtime.meta.bootstrap.Favorite:ownerId:petId\tSELECT\t\tviewonly\tname\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<String> NAME = TYPE.<String>field("name");

  public static final CollectionRelationship<Owner, Pet> PETS = TYPE.<Pet>collection("pets");

  public static final CollectionRelationship<Owner, Pet> FAVORITES =
      TYPE.<Pet>collection("favorites");

  protected OwnerRelations() {}

  public List<Pet> getPets() {
    return PETS.list((Owner) this);
  }

  public void setPets(Collection<? extends Pet> pets) {
    PETS.replace((Owner) this, pets);
  }
}
