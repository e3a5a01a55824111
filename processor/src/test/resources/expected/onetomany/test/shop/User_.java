package test.shop;

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
 * The metamodel of {@link User}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class User_ {
  /**
   * The table {@code user_account}.
   */
  public static final Table<Record> TABLE = Tables.table("user_account");

  /**
   * The column {@code user_account.id}.
   */
  public static final Field<Long> ID = Tables.column("user_account", "id", Long.class);

  /**
   * The column {@code user_account.name}.
   */
  public static final Field<String> NAME = Tables.column("user_account", "name", String.class);

  /**
   * The {@code addresses} relationship, one-to-many.
   */
  public static final CollectionRelationship<User, Address> ADDRESSES = CollectionRelationship.<User, Address>list(
          "addresses", User.class, Address.class, RelationshipKind.ONE_TO_MANY,
          (User user) -> user.addresses, (User user, List<Address> value) -> user.addresses = value)
      .backPopulates(() -> Address_.USER)
      .join(() -> Join.foreignKey(Address_.TYPE.attribute(Address_.USER_ID), false))
      .orderBy("email DESC")
      .build();

  /**
   * Everything the runtime knows about {@link User}; registered when this class initialises.
   */
  public static final EntityType<User> TYPE = EntityType.<User>builder(User.class, TABLE, User::new)
      .attribute(Attribute.<User, Long>of(User.class, "id", ID, (User user) -> user.id, (User user, Long value) -> user.id = value).asId())
      .attribute(Attribute.<User, String>of(User.class, "name", NAME, (User user) -> user.name, (User user, String value) -> user.name = value))
      .relationship(ADDRESSES)
      .build();

  private User_() {
  }
}
