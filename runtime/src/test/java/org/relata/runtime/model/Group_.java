package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.Cascade;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;

/** As generated for {@link Group}. */
public final class Group_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("group"));
  public static final Field<Long> ID = DSL.field(DSL.name("group", "id"), SQLDataType.BIGINT);
  public static final Field<String> NAME =
      DSL.field(DSL.name("group", "name"), SQLDataType.VARCHAR(50));

  public static final CollectionRelationship<Group, Membership> MEMBERSHIPS =
      CollectionRelationship.list(
              "memberships",
              Group.class,
              Membership.class,
              RelationshipKind.ONE_TO_MANY,
              g -> g.memberships,
              (g, v) -> g.memberships = v)
          .backPopulates(() -> Membership_.GROUP)
          .join(() -> Join.foreignKey(Membership_.GROUP_ID_ATTRIBUTE, false))
          .cascade(Cascade.ALL, Cascade.DELETE_ORPHAN)
          .build();

  public static final EntityType<Group> TYPE =
      EntityType.builder(Group.class, TABLE, Group::new)
          .attribute(Attribute.of(Group.class, "id", ID, g -> g.id, (g, v) -> g.id = v).asId())
          .attribute(Attribute.of(Group.class, "name", NAME, g -> g.name, (g, v) -> g.name = v))
          .relationship(MEMBERSHIPS)
          .build();

  private Group_() {}
}
