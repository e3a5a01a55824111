package org.relata.bench.db;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.relata.bench.db.model.HChild;
import org.relata.bench.db.model.HItem;
import org.relata.bench.db.model.HOwner;
import org.relata.bench.db.model.HParentList;
import org.relata.bench.db.model.HParentSet;

/**
 * Builds Hibernate's SessionFactory on a {@link Database}'s shared connection, configured as a
 * performance-minded user would: JDBC batching on (1,000 per batch), inserts and updates ordered,
 * no schema generation (the tables are the shared ones), no SQL logging.
 */
public final class HibernateFactory {
  /** hibernate.jdbc.batch_size used for every Hibernate variant. */
  public static final int BATCH_SIZE = 1000;

  private HibernateFactory() {}

  public static SessionFactory build(Database db) {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource())
            .applySetting(AvailableSettings.DIALECT, db.hibernateDialect())
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
            .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
            .applySetting(AvailableSettings.ORDER_INSERTS, true)
            .applySetting(AvailableSettings.ORDER_UPDATES, true)
            .applySetting(AvailableSettings.SHOW_SQL, false)
            .build();
    try {
      return new MetadataSources(registry)
          .addAnnotatedClass(HChild.class)
          .addAnnotatedClass(HParentSet.class)
          .addAnnotatedClass(HParentList.class)
          .addAnnotatedClass(HOwner.class)
          .addAnnotatedClass(HItem.class)
          .buildMetadata()
          .buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }
}
