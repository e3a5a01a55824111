package org.relata.runtime.model;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;

/** As generated for {@link Membership}. */
public final class Membership_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("membership"));
  public static final Field<Long> USER_ID =
      DSL.field(DSL.name("membership", "user_id"), SQLDataType.BIGINT);
  public static final Field<Long> GROUP_ID =
      DSL.field(DSL.name("membership", "group_id"), SQLDataType.BIGINT);
  public static final Field<String> ROLE =
      DSL.field(DSL.name("membership", "role"), SQLDataType.VARCHAR(20));

  public static final Attribute<Membership, Long> USER_ID_ATTRIBUTE =
      Attribute.of(Membership.class, "userId", USER_ID, m -> m.userId, (m, v) -> m.userId = v)
          .asId()
          .references(() -> User_.TYPE, OnDelete.CASCADE);
  public static final Attribute<Membership, Long> GROUP_ID_ATTRIBUTE =
      Attribute.of(Membership.class, "groupId", GROUP_ID, m -> m.groupId, (m, v) -> m.groupId = v)
          .asId()
          .references(() -> Group_.TYPE, OnDelete.NO_ACTION);

  /** One-way: User has no memberships collection. */
  public static final ScalarRelationship<Membership, User> USER =
      ScalarRelationship.builder(
              "user",
              Membership.class,
              User.class,
              RelationshipKind.MANY_TO_ONE,
              m -> m.user,
              (m, v) -> m.user = v)
          .join(() -> Join.foreignKey(USER_ID_ATTRIBUTE, true))
          .build();

  public static final ScalarRelationship<Membership, Group> GROUP =
      ScalarRelationship.builder(
              "group",
              Membership.class,
              Group.class,
              RelationshipKind.MANY_TO_ONE,
              m -> m.group,
              (m, v) -> m.group = v)
          .backPopulates(() -> Group_.MEMBERSHIPS)
          .join(() -> Join.foreignKey(GROUP_ID_ATTRIBUTE, true))
          .build();

  public static final EntityType<Membership> TYPE =
      EntityType.builder(Membership.class, TABLE, Membership::new)
          .attribute(USER_ID_ATTRIBUTE)
          .attribute(GROUP_ID_ATTRIBUTE)
          .attribute(
              Attribute.of(Membership.class, "role", ROLE, m -> m.role, (m, v) -> m.role = v))
          .relationship(USER)
          .relationship(GROUP)
          .build();

  private Membership_() {}
}
