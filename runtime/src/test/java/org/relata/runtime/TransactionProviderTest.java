package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultTransactionProvider;
import org.junit.jupiter.api.Test;

/**
 * What a session asks of the DSLContext's jOOQ TransactionProvider. It needs no entities, so it
 * runs here; the session's tests on entities are in runtime-tests.
 */
class TransactionProviderTest {
  private final DSLContext dsl = DSL.using(dataSource(), SQLDialect.H2);

  private static JdbcDataSource dataSource() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:transaction-provider");
    return ds;
  }

  /**
   * Without nested transactions a session could not roll back a failed flush alone, nor close
   * without rolling back the whole surrounding transaction: it refuses to open, naming the fix.
   */
  @Test
  void aProviderWithoutNestedTransactionsIsRefusedAtOpen() {
    DSLContext flat =
        DSL.using(
            dsl.configuration()
                .derive(
                    new DefaultTransactionProvider(
                        dsl.configuration().connectionProvider(), false)));
    RelataException e = assertThrows(RelataException.class, () -> Session.open(flat));
    assertTrue(e.getMessage().contains("DefaultTransactionProvider(connectionProvider, true)"));
  }
}
