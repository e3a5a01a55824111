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

/** As generated for {@link User}. */
public final class User_ {
  public static final Table<Record> TABLE = DSL.table(DSL.name("user"));
  public static final Field<Long> ID = DSL.field(DSL.name("user", "id"), SQLDataType.BIGINT);
  public static final Field<String> NAME =
      DSL.field(DSL.name("user", "name"), SQLDataType.VARCHAR(100));

  public static final Attribute<User, Long> ID_ATTRIBUTE =
      Attribute.of(User.class, "id", ID, u -> u.id, (u, v) -> u.id = v).asId();
  public static final Attribute<User, String> NAME_ATTRIBUTE =
      Attribute.of(User.class, "name", NAME, u -> u.name, (u, v) -> u.name = v);

  public static final CollectionRelationship<User, Address> ADDRESSES =
      CollectionRelationship.list(
              "addresses",
              User.class,
              Address.class,
              RelationshipKind.ONE_TO_MANY,
              u -> u.addresses,
              (u, v) -> u.addresses = v)
          .backPopulates(() -> Address_.USER)
          .join(() -> Join.foreignKey(Address_.USER_ID_ATTRIBUTE, false))
          .build();

  public static final EntityType<User> TYPE =
      EntityType.builder(User.class, TABLE, User::new)
          .attribute(ID_ATTRIBUTE)
          .attribute(NAME_ATTRIBUTE)
          .relationship(ADDRESSES)
          .build();

  private User_() {}
}
