package test.shop;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.relata.runtime.meta.CollectionRelationship;
import org.relata.runtime.meta.EntityRelations;
import org.relata.runtime.meta.EntityType;

/**
 * The generated base class of {@link User}: its table and typed columns for jOOQ queries, its
 * relationship descriptors, and accessors that keep both sides of every relationship in step. The
 * runtime reads the structure behind them once, from the string that {@code TYPE} passes.
 */
@Generated("org.relata.processor.RelataProcessor")
public abstract class UserRelations extends EntityRelations {
  public static final EntityType<User> TYPE = EntityType.<User>bootstrap(MethodHandles.lookup(), User.class,
      "relata\t1\tentity\ttest.shop.User\n"
          + "table\t\tuser_account\n"
          + "constructor\ttrue\n"
          + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
          + "column\tname\tname\tjava.lang.String\t\tfield\t\t\n"
          + "relationship\taddresses\tONE_TO_MANY\tLIST\ttest.shop.Address\tuser\tfk:test.shop.Address:userId:false\tSELECT\tSAVE_UPDATE,MERGE\t\temail DESC\n");

  public static final Table<Record> TABLE = TYPE.table();

  public static final Field<Long> ID = TYPE.<Long>field("id");

  public static final Field<String> NAME = TYPE.<String>field("name");

  public static final CollectionRelationship<User, Address> ADDRESSES = TYPE.<Address>collection("addresses");

  protected UserRelations() {
  }

  /**
   * The live {@code addresses}, never null; every change mirrors onto {@code Address.user}.
   */
  public List<Address> getAddresses() {
    return ADDRESSES.list((User) this);
  }

  /**
   * Replaces the contents of {@code addresses} with {@code addresses}, in order, mirrored onto {@code Address.user}.
   */
  public void setAddresses(Collection<? extends Address> addresses) {
    ADDRESSES.replace((User) this, addresses);
  }
}
