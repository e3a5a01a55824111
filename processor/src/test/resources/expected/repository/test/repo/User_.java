package test.repo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.Accessor;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityType;
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
   * The column {@code user_account.age}.
   */
  public static final Field<Integer> AGE = Tables.column("user_account", "age", Integer.class);

  /**
   * Reads and writes the fields of {@link User} for the descriptors below.
   */
  private static final Access ACCESS = new Access();

  /**
   * The {@code addresses} relationship, one-to-many.
   */
  public static final CollectionRelationship<User, Address> ADDRESSES = CollectionRelationship.<User, Address>list(
          "addresses", User.class, Address.class, RelationshipKind.ONE_TO_MANY, ACCESS, 3)
      .backPopulates("user")
      .foreignKeyJoin(Address.class, "userId", false)
      .build();

  /**
   * Everything the runtime knows about {@link User}; registered when this class initialises.
   */
  public static final EntityType<User> TYPE = EntityType.<User>builder(User.class, TABLE, User::new, ACCESS)
      .id("id", ID, 0)
      .column("name", NAME, 1)
      .column("age", AGE, 2)
      .relationship(ADDRESSES)
      .build();

  private User_() {
  }

  /**
   * Reads and writes the fields of {@link User} by slot, for the descriptors above.
   */
  private static final class Access implements Accessor<User> {
    @Override
    public Object get(int slot, User user) {
      switch (slot) {
        case 0:
          return user.id;
        case 1:
          return user.name;
        case 2:
          return user.age;
        case 3:
          return user.addresses;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(int slot, User user, Object value) {
      switch (slot) {
        case 0:
          user.id = (Long) value;
          return;
        case 1:
          user.name = (String) value;
          return;
        case 2:
          user.age = (Integer) value;
          return;
        case 3:
          user.addresses = (List<Address>) value;
          return;
        default:
          throw Accessor.noSuchSlot(slot);
      }
    }
  }
}
