package test.m2m;

import java.util.Collection;
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
   * The {@code parents} relationship, many-to-many.
   */
  public static final CollectionRelationship<Child, Parent> PARENTS = CollectionRelationship.<Child, Parent>collection(
          "parents", Child.class, Parent.class, RelationshipKind.MANY_TO_MANY,
          (Child child) -> child.parents, (Child child, Collection<Parent> value) -> child.parents = value)
      .backPopulates(() -> Parent_.CHILDREN)
      .join(() -> Join.secondary(Association_.TYPE, Association_.RIGHT_ID, Association_.LEFT_ID))
      .build();

  /**
   * Everything the runtime knows about {@link Child}; registered when this class initialises.
   */
  public static final EntityType<Child> TYPE = EntityType.<Child>builder(Child.class, TABLE, Child::new)
      .attribute(Attribute.<Child, Long>of(Child.class, "id", ID, (Child child) -> child.id, (Child child, Long value) -> child.id = value).asId())
      .relationship(PARENTS)
      .build();

  private Child_() {
  }
}
