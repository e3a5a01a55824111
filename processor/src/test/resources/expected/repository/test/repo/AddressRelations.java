package test.repo;

import java.lang.invoke.MethodHandles;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;
import org.relata.runtime.meta.ScalarRelationship;

/**
 * The generated base class of {@link Address}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class AddressRelations extends EntityRelations {
  public static final EntityType<Address> TYPE = EntityType.<Address>bootstrap(MethodHandles.lookup(), Address.class,
      "relata\t1\tentity\ttest.repo.Address\n"
          + "table\t\taddress\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "column\temail\temail\tjava.lang.String\t\tfield\t\t\n"
          + "column\tuserId\tuser_id\tjava.lang.Long\t\tfield\ttest.repo.User\tNO_ACTION\n"
          + "relationship\tuser\tMANY_TO_ONE\tSCALAR\ttest.repo.User\taddresses\tfk:test.repo.Address:userId:true\tSELECT\tSAVE_UPDATE,MERGE\t\t\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<String> EMAIL = TYPE.<String>field("email");

  public static final Field<Long> USER_ID = TYPE.<Long>field("userId");

  public static final ScalarRelationship<Address, User> USER = TYPE.<User>scalar("user");

  protected AddressRelations() {
  }

  /**
   * The related {@code user}, or null.
   */
  public User getUser() {
    return USER.get((Address) this);
  }

  /**
   * Sets {@code user}, mirrored onto {@code User.addresses}.
   */
  public void setUser(User user) {
    USER.set((Address) this, user);
  }
}
