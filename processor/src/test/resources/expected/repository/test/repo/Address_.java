package test.repo;

import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.OnDelete;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.EntityType;
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
   * Reads and writes the fields of {@link Address} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code user} relationship, many-to-one.
   */
  public static final ScalarRelationship<Address, User> USER = ScalarRelationship.<Address, User>builder(
          "user", Address.class, User.class, RelationshipKind.MANY_TO_ONE, ACCESS, 3)
      .backPopulates("addresses")
      .foreignKeyJoin(Address.class, "userId", true)
      .build();

  /**
   * Everything the runtime knows about {@link Address}; registered when this class initialises.
   */
  public static final EntityType<Address> TYPE = EntityType.<Address>builder(Address.class, TABLE, Address::new, ACCESS)
      .id("id", ID, 0)
      .column("email", EMAIL, 1)
      .column("userId", USER_ID, 2).references(User.class, OnDelete.NO_ACTION)
      .relationship(USER)
      .build();

  private Address_() {
  }

  /**
   * Reads and writes the fields of {@link Address} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<Address> {
    @Override
    public Object get(int slot, Address address) {
      switch (slot) {
        case 0:
          return address.id;
        case 1:
          return address.email;
        case 2:
          return address.userId;
        case 3:
          return address.user;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    public void set(int slot, Address address, Object value) {
      switch (slot) {
        case 0:
          address.id = (Long) value;
          return;
        case 1:
          address.email = (String) value;
          return;
        case 2:
          address.userId = (Long) value;
          return;
        case 3:
          address.user = (User) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
