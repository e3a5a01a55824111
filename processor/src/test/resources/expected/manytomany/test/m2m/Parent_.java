package test.m2m;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Attribute;
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
   * The {@code children} relationship, many-to-many.
   */
  public static final CollectionRelationship<Parent, Child> CHILDREN = CollectionRelationship.<Parent, Child>list(
          "children", Parent.class, Child.class, RelationshipKind.MANY_TO_MANY,
          (Parent parent) -> parent.children, (Parent parent, List<Child> value) -> parent.children = value)
      .backPopulates(() -> Child_.PARENTS)
      .join(() -> Join.secondary(Association_.TYPE, Association_.LEFT_ID, Association_.RIGHT_ID))
      .build();

  /**
   * Everything the runtime knows about {@link Parent}; registered when this class initialises.
   */
  public static final EntityType<Parent> TYPE = EntityType.<Parent>builder(Parent.class, TABLE, Parent::new)
      .attribute(Attribute.<Parent, Long>of(Parent.class, "id", ID, (Parent parent) -> parent.id, (Parent parent, Long value) -> parent.id = value).asId())
      .relationship(CHILDREN)
      .build();

  private Parent_() {
  }
}
