package test.m2m;

import java.util.List;
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
 * The metamodel of {@link Parent}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Parent_ {
  /**
   * The table {@code left}.
   */
  public static final Table<Record> TABLE = Tables.table("left");

  /**
   * The column {@code left.id}.
   */
  public static final Field<Long> ID = Tables.column("left", "id", Long.class);

  /**
   * Reads and writes the fields of {@link Parent} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code children} relationship, many-to-many.
   */
  public static final CollectionRelationship<Parent, Child> CHILDREN = CollectionRelationship.<Parent, Child>list(
          "children", Parent.class, Child.class, RelationshipKind.MANY_TO_MANY, ACCESS, 1)
      .backPopulates("parents")
      .join(() -> Join.secondary(Association_.TYPE, Association_.LEFT_ID, Association_.RIGHT_ID))
      .build();

  /**
   * Everything the runtime knows about {@link Parent}; registered when this class initialises.
   */
  public static final EntityType<Parent> TYPE = EntityType.<Parent>builder(Parent.class, TABLE, Parent::new, ACCESS)
      .id("id", ID, 0)
      .relationship(CHILDREN)
      .build();

  private Parent_() {
  }

  /**
   * Reads and writes the fields of {@link Parent} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Parent> {
    @Override
    public Object get(int slot, Parent parent) {
      switch (slot) {
        case 0:
          return parent.id;
        case 1:
          return parent.children;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(int slot, Parent parent, Object value) {
      switch (slot) {
        case 0:
          parent.id = (Long) value;
          return;
        case 1:
          parent.children = (List<Child>) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
