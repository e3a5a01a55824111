package test.shop;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;

/**
 * The metamodel of {@link User}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class User_ {
  /**
   * The table {@code user_account}.
   */
  public static final Table<Record> TABLE = DSL.table(DSL.name("user_account"));

  /**
   * The column {@code user_account.id}.
   */
  public static final Field<Long> ID = DSL.field(DSL.name("user_account", "id"), Long.class);

  /**
   * The column {@code user_account.name}.
   */
  public static final Field<String> NAME = DSL.field(DSL.name("user_account", "name"), String.class);

  /**
   * The {@code addresses} relationship, one-to-many.
   */
  public static final CollectionRelationship<User, Address> ADDRESSES = CollectionRelationship.list(
          "addresses", User.class, Address.class, RelationshipKind.ONE_TO_MANY,
          user -> user.addresses, (user, value) -> user.addresses = value)
      .backPopulates(() -> Address_.USER)
      .join(() -> Join.foreignKey(Address_.TYPE.attribute(Address_.USER_ID), false))
      .orderBy("email DESC")
      .build();

  /**
   * Everything the runtime knows about {@link User}; registered when this class initialises.
   */
  public static final EntityType<User> TYPE = EntityType.builder(User.class, TABLE, User::new)
      .attribute(Attribute.of(User.class, "id", ID, user -> user.id, (user, value) -> user.id = value).asId())
      .attribute(Attribute.of(User.class, "name", NAME, user -> user.name, (user, value) -> user.name = value))
      .relationship(ADDRESSES)
      .build();

  private User_() {
  }
}
