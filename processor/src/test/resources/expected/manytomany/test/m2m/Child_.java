package test.m2m;

import java.util.Collection;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.Tables;

/**
 * The metamodel of {@link Child}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Child_ {
  /**
   * The table {@code right}.
   */
  public static final Table<Record> TABLE = Tables.table("right");

  /**
   * The column {@code right.id}.
   */
  public static final Field<Long> ID = Tables.column("right", "id", Long.class);

  /**
   * Reads and writes the fields of {@link Child} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code parents} relationship, many-to-many.
   */
  public static final CollectionRelationship<Child, Parent> PARENTS = CollectionRelationship.<Child, Parent>collection(
          "parents", Child.class, Parent.class, RelationshipKind.MANY_TO_MANY, ACCESS, 1)
      .backPopulates("children")
      .join(() -> Join.secondary(Association_.TYPE, Association_.RIGHT_ID, Association_.LEFT_ID))
      .build();

  /**
   * Everything the runtime knows about {@link Child}; registered when this class initialises.
   */
  public static final EntityType<Child> TYPE = EntityType.<Child>builder(Child.class, TABLE, Child::new, ACCESS)
      .id("id", ID, 0)
      .relationship(PARENTS)
      .build();

  private Child_() {
  }

  /**
   * Reads and writes the fields of {@link Child} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Child> {
    @Override
    public Object get(int slot, Child child) {
      switch (slot) {
        case 0:
          return child.id;
        case 1:
          return child.parents;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(int slot, Child child, Object value) {
      switch (slot) {
        case 0:
          child.id = (Long) value;
          return;
        case 1:
          child.parents = (Collection<Parent>) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
