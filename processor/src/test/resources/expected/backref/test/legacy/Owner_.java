package test.legacy;

import java.util.Set;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.Cascade;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
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
   * Reads and writes the fields of {@link Owner} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code pets} relationship, one-to-many.
   */
  public static final CollectionRelationship<Owner, Pet> PETS = CollectionRelationship.<Owner, Pet>set(
          "pets", Owner.class, Pet.class, RelationshipKind.ONE_TO_MANY, ACCESS, 1)
      .backPopulates("owner")
      .foreignKeyJoin(Pet.class, "ownerId", false)
      .cascade(Cascade.ALL)
      .passiveDeletes()
      .build();

  /**
   * Everything the runtime knows about {@link Owner}; registered when this class initialises.
   */
  public static final EntityType<Owner> TYPE = EntityType.<Owner>builder(Owner.class, TABLE, Owner::new, ACCESS)
      .id("id", ID, 0)
      .relationship(PETS)
      .build();

  private Owner_() {
  }

  /**
   * Reads and writes the fields of {@link Owner} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Owner> {
    @Override
    public Object get(int slot, Owner owner) {
      switch (slot) {
        case 0:
          return owner.id;
        case 1:
          return owner.pets;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(int slot, Owner owner, Object value) {
      switch (slot) {
        case 0:
          owner.id = (Long) value;
          return;
        case 1:
          owner.pets = (Set<Pet>) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
