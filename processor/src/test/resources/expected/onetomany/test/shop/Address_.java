package test.shop;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.Lazy;
import org.relata.OnDelete;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.Join;
import org.relata.runtime.meta.RelationshipKind;
import org.relata.runtime.meta.ScalarRelationship;
import org.relata.runtime.meta.Tables;

/**
 * The metamodel of {@link Address}: its table, a typed field per column for jOOQ queries, and the
 * descriptors that the runtime mirrors and persists its relationships with.
 */
@Generated("org.relata.processor.RelataProcessor")
public final class Address_ {
  /**
   * The table {@code address}.
   */
  public static final Table<Record> TABLE = Tables.table("address");

  /**
   * The column {@code address.id}.
   */
  public static final Field<Long> ID = Tables.column("address", "id", Long.class);

  /**
   * The column {@code address.email}.
   */
  public static final Field<String> EMAIL = Tables.column("address", "email", String.class);

  /**
   * The column {@code address.user_id}.
   */
  public static final Field<Long> USER_ID = Tables.column("address", "user_id", Long.class);

  /**
   * The {@code user} relationship, many-to-one.
   */
  public static final ScalarRelationship<Address, User> USER = ScalarRelationship.<Address, User>builder(
          "user", Address.class, User.class, RelationshipKind.MANY_TO_ONE,
          (Address address) -> address.user, (Address address, User value) -> address.user = value)
      .backPopulates(() -> User_.ADDRESSES)
      .join(() -> Join.foreignKey(Address_.TYPE.attribute(Address_.USER_ID), true))
      .lazy(Lazy.JOINED)
      .noCascade()
      .build();

  /**
   * Everything the runtime knows about {@link Address}; registered when this class initialises.
   */
  public static final EntityType<Address> TYPE = EntityType.<Address>builder(Address.class, TABLE, Address::new)
      .attribute(Attribute.<Address, Long>of(Address.class, "id", ID, (Address address) -> address.id, (Address address, Long value) -> address.id = value).asId())
      .attribute(Attribute.<Address, String>of(Address.class, "email", EMAIL, Address::getEmail, Address::setEmail))
      .attribute(Attribute.<Address, Long>of(Address.class, "userId", USER_ID, (Address address) -> address.userId, (Address address, Long value) -> address.userId = value)
          .references(() -> User_.TYPE, OnDelete.CASCADE))
      .relationship(USER)
      .build();

  private Address_() {
  }
}
