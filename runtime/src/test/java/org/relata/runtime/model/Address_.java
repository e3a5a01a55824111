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

/** As generated for {@link Address}. */
public final class Address_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("address"));
  public static final Field<Long> ID = DSL.field(DSL.name("address", "id"), SQLDataType.BIGINT);
  public static final Field<String> EMAIL =
      DSL.field(DSL.name("address", "email"), SQLDataType.VARCHAR(100));
  public static final Field<Long> USER_ID =
      DSL.field(DSL.name("address", "user_id"), SQLDataType.BIGINT);

  public static final Attribute<Address, Long> USER_ID_ATTRIBUTE =
      Attribute.of(Address.class, "userId", USER_ID, a -> a.userId, (a, v) -> a.userId = v)
          .references(() -> User_.TYPE, OnDelete.NO_ACTION);

  public static final ScalarRelationship<Address, User> USER =
      ScalarRelationship.builder(
              "user",
              Address.class,
              User.class,
              RelationshipKind.MANY_TO_ONE,
              a -> a.user,
              (a, v) -> a.user = v)
          .backPopulates(() -> User_.ADDRESSES)
          .join(() -> Join.foreignKey(USER_ID_ATTRIBUTE, true))
          .build();

  public static final EntityType<Address> TYPE =
      EntityType.builder(Address.class, TABLE, Address::new)
          .attribute(Attribute.of(Address.class, "id", ID, a -> a.id, (a, v) -> a.id = v).asId())
          .attribute(
              Attribute.of(Address.class, "email", EMAIL, a -> a.email, (a, v) -> a.email = v))
          .attribute(USER_ID_ATTRIBUTE)
          .relationship(USER)
          .build();

  private Address_() {}
}
