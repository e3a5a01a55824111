package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.existing.Account;
import org.relata.it.model.existing.Customer;
import org.relata.it.model.existing.Invoice;
import org.relata.it.model.existing.InvoiceLabel;
import org.relata.it.model.existing.Label;
import org.relata.runtime.RelataException;
import org.relata.runtime.Schema;
import org.relata.runtime.Session;

/**
 * A one-to-one ({@code Customer.account}, whose target holds the key) allows one row per parent:
 * {@code Schema.create} makes its key UNIQUE, and loading two rows for it is an error that names
 * both, never a silent pick of one. Also: tables in a named schema, and {@code Schema.create} given
 * an {@code @AssociationTable} class.
 */
class OneToOneTest {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void schemaCreatePutsAUniqueConstraintOnTheKeyOfAOneToOne(Backend backend) {
    try (TestDatabase db =
        TestDatabase.createdAfter(
            backend,
            "db/billing-schema",
            Customer.class,
            Account.class,
            Invoice.class,
            Label.class)) {
      Customer ann = new Customer("ann");
      ann.setAccount(new Account("DE01"));
      try (Session s = db.open()) {
        s.add(ann);
        s.commit();
      }
      assertEquals(
          List.of(List.of("DE01", ann.id())),
          db.rows("select \"iban\", \"customer_id\" from \"billing\".\"account\""));
      assertThrows(
          DataAccessException.class,
          () ->
              db.plain.execute(
                  "insert into \"billing\".\"account\" (\"iban\", \"customer_id\") values ('DE02', "
                      + ann.id()
                      + ")"),
          "a second account for the same customer");
      // The one-to-many key of the same table stays non-unique.
      db.plain.execute(
          "insert into \"billing\".\"invoice\" (\"number\", \"amount\", \"tax\", \"customer_id\")"
              + " values ('A-1', 1, 0, "
              + ann.id()
              + "), ('A-2', 1, 0, "
              + ann.id()
              + ")");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void loadingTwoRowsForAOneToOneNamesBoth(Backend backend) {
    try (TestDatabase db =
        TestDatabase.migrated(backend, "db/migration", GeneratedColumnsTest.MODEL)) {
      // H2 keeps a unique index for as long as a foreign key uses it: both go.
      db.plain.execute(
          "alter table \"billing\".\"account\" drop constraint \"account_customer_fk\"");
      db.plain.execute(
          "alter table \"billing\".\"account\" drop constraint \"account_customer_key\"");
      db.plain.execute("insert into \"billing\".\"customer\" (\"id\", \"name\") values (7, 'ann')");
      db.plain.execute(
          "insert into \"billing\".\"account\" (\"id\", \"iban\", \"customer_id\")"
              + " values (1, 'DE01', 7), (2, 'DE02', 7)");
      try (Session s = db.open()) {
        Customer ann = s.get(Customer.class, 7L);
        RelataException e = assertThrows(RelataException.class, ann::getAccount);
        assertTrue(e.getMessage().contains("Account 1"), e.getMessage());
        assertTrue(e.getMessage().contains("Account 2"), e.getMessage());
        assertTrue(e.getMessage().contains("UNIQUE"), e.getMessage());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void schemaCreateAcceptsAnAssociationTableClass(Backend backend) {
    try (TestDatabase db =
        TestDatabase.createdAfter(
            backend, "db/billing-schema", Customer.class, Invoice.class, Label.class)) {
      db.plain.execute("drop table \"billing\".\"invoice_label\"");
      Schema.create(db.plain, InvoiceLabel.class);
      assertEquals(
          List.of(List.of(0L)),
          db.rows("select count(*) from \"billing\".\"invoice_label\"").stream()
              .map(r -> List.<Object>of(((Number) r.get(0)).longValue()))
              .toList());
      try (Session s = db.open()) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> s.get(InvoiceLabel.class, 1L));
        assertTrue(
            e.getMessage().contains("is an @AssociationTable, not an @Entity"), e.getMessage());
      }
    }
  }
}
