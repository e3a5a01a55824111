package org.relata.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultTransactionProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a session asks of the DSLContext's jOOQ TransactionProvider. */
class TransactionProviderTest {
  private final TestDb db = new TestDb();

  @AfterEach
  void close() {
    db.close();
  }

  /**
   * Without nested transactions a session could not roll back a failed flush alone, nor close
   * without rolling back the whole surrounding transaction: it refuses to open, naming the fix.
   */
  @Test
  void aProviderWithoutNestedTransactionsIsRefusedAtOpen() {
    DSLContext flat =
        DSL.using(
            db.dsl
                .configuration()
                .derive(
                    new DefaultTransactionProvider(
                        db.dsl.configuration().connectionProvider(), false)));
    RelataException e = assertThrows(RelataException.class, () -> Session.open(flat));
    assertTrue(e.getMessage().contains("DefaultTransactionProvider(connectionProvider, true)"));
  }
}
