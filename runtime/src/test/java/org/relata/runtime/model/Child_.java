package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;

/** As generated for {@link Child}. */
public final class Child_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("right"));
  public static final Field<Long> ID = DSL.field(DSL.name("right", "id"), SQLDataType.BIGINT);
  public static final Field<String> NAME =
      DSL.field(DSL.name("right", "name"), SQLDataType.VARCHAR(50));

  public static final CollectionRelationship<Child, Parent> PARENTS =
      CollectionRelationship.set(
              "parents",
              Child.class,
              Parent.class,
              RelationshipKind.MANY_TO_MANY,
              c -> c.parents,
              (c, v) -> c.parents = v)
          .backPopulates(() -> Parent_.CHILDREN)
          .join(
              () -> Join.secondary(Association_.TYPE, Association_.RIGHT_ID, Association_.LEFT_ID))
          .build();

  public static final EntityType<Child> TYPE =
      EntityType.builder(Child.class, TABLE, Child::new)
          .attribute(Attribute.of(Child.class, "id", ID, c -> c.id, (c, v) -> c.id = v).asId())
          .attribute(Attribute.of(Child.class, "name", NAME, c -> c.name, (c, v) -> c.name = v))
          .relationship(PARENTS)
          .build();

  private Child_() {}
}
