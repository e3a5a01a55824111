package test.legacy;

import java.util.Set;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.Tables;

/**
 * The metamodel of {@link Owner}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Owner_ {
  /**
   * The table {@code owner}.
   */
  public static final Table<Record> TABLE = Tables.table("owner");

  /**
   * The column {@code owner.id}.
   */
  public static final Field<Long> ID = Tables.column("owner", "id", Long.class);

  /**
   * The {@code pets} relationship, one-to-many.
   */
  public static final CollectionRelationship<Owner, Pet> PETS = CollectionRelationship.<Owner, Pet>set(
          "pets", Owner.class, Pet.class, RelationshipKind.ONE_TO_MANY,
          (Owner owner) -> owner.pets, (Owner owner, Set<Pet> value) -> owner.pets = value)
      .backPopulates(() -> Pet_.OWNER)
      .join(() -> Join.foreignKey(Pet_.TYPE.attribute(Pet_.OWNER_ID), false))
      .cascade(Cascade.ALL)
      .passiveDeletes()
      .build();

  /**
   * Everything the runtime knows about {@link Owner}; registered when this class initialises.
   */
  public static final EntityType<Owner> TYPE = EntityType.<Owner>builder(Owner.class, TABLE, Owner::new)
      .attribute(Attribute.<Owner, Long>of(Owner.class, "id", ID, (Owner owner) -> owner.id, (Owner owner, Long value) -> owner.id = value).asId())
      .relationship(PETS)
      .build();

  private Owner_() {
  }
}
