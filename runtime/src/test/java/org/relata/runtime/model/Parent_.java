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

/** As generated for {@link Parent}. */
public final class Parent_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("left"));
  public static final Field<Long> ID = DSL.field(DSL.name("left", "id"), SQLDataType.BIGINT);
  public static final Field<String> NAME =
      DSL.field(DSL.name("left", "name"), SQLDataType.VARCHAR(50));

  public static final CollectionRelationship<Parent, Child> CHILDREN =
      CollectionRelationship.list(
              "children",
              Parent.class,
              Child.class,
              RelationshipKind.MANY_TO_MANY,
              p -> p.children,
              (p, v) -> p.children = v)
          .backPopulates(() -> Child_.PARENTS)
          .join(
              () -> Join.secondary(Association_.TYPE, Association_.LEFT_ID, Association_.RIGHT_ID))
          .build();

  public static final EntityType<Parent> TYPE =
      EntityType.builder(Parent.class, TABLE, Parent::new)
          .attribute(Attribute.of(Parent.class, "id", ID, p -> p.id, (p, v) -> p.id = v).asId())
          .attribute(Attribute.of(Parent.class, "name", NAME, p -> p.name, (p, v) -> p.name = v))
          .relationship(CHILDREN)
          .build();

  private Parent_() {}
}
