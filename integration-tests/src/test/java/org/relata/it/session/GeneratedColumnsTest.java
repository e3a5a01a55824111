package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.existing.Account;
import org.relata.it.model.existing.Customer;
import org.relata.it.model.existing.Invoice;
import org.relata.it.model.existing.InvoiceLabel;
import org.relata.it.model.existing.Label;
import org.relata.runtime.ObjectStateException;
import org.relata.runtime.Session;

/**
 * Columns the database supplies ({@code @Column(generated = true)}), in tables of schema {@code
 * billing} that a plain SQL migration created: a {@code default now()}, a {@code default 'open'}
 * and a generated column over two others. Relata never writes them and reads them back after INSERT
 * and UPDATE, so that memory holds what the rows hold.
 */
class GeneratedColumnsTest {
  static final Class<?>[] MODEL = {
    Customer.class, Invoice.class, Label.class, Account.class, InvoiceLabel.class
  };

  private static final String ROWS =
      "select \"number\", \"amount\", \"tax\", \"total\", \"status\" from \"billing\".\"invoice\""
          + " order by \"number\"";

  @ParameterizedTest
  @EnumSource(Backend.class)
  void insertLeavesGeneratedColumnsToTheDatabaseAndReadsThemBack(Backend backend) {
    try (TestDatabase db = TestDatabase.migrated(backend, "db/migration", MODEL)) {
      Customer ann = new Customer("ann");
      Invoice first = new Invoice("A-1", 100, 19);
      Invoice second = new Invoice("A-2", 50, 5);
      first.setStatus("ignored: the database supplies it");
      ann.getInvoices().add(first);
      ann.getInvoices().add(second);
      try (Session s = db.open()) {
        s.add(ann);
        s.commit();
      }
      assertNotNull(ann.createdAt(), "created_at read back");
      assertEquals(119, first.total());
      assertEquals(55, second.total());
      assertEquals("open", first.status(), "the database's default replaced the field's value");
      assertEquals("open", second.status());
      // Memory against the rows after a clean commit.
      assertEquals(
          List.of(List.of("A-1", 100, 19, 119, "open"), List.of("A-2", 50, 5, 55, "open")),
          db.rows(ROWS));
      Object stored = db.rows("select \"created_at\" from \"billing\".\"customer\"").get(0).get(0);
      assertEquals(((Timestamp) stored).toLocalDateTime(), ann.createdAt());
      for (String sql : db.log.statements()) {
        if (sql.startsWith("insert")) {
          String columns = sql.substring(0, sql.indexOf(" values"));
          assertFalse(
              columns.contains("\"created_at\"")
                  || columns.contains("\"total\"")
                  || columns.contains("\"status\""),
              "an INSERT writes a generated column: " + sql);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void updateReadsTheGeneratedColumnBackAndNeverWritesIt(Backend backend) {
    try (TestDatabase db = TestDatabase.migrated(backend, "db/migration", MODEL)) {
      Invoice invoice = new Invoice("B-1", 10, 1);
      try (Session s = db.open()) {
        s.add(invoice);
        s.commit();
      }
      db.log.reset();
      try (Session s = db.open()) {
        Invoice loaded = s.get(Invoice.class, invoice.id());
        assertEquals(11, loaded.total());
        loaded.setAmount(40);
        s.commit();
        assertEquals(41, loaded.total(), "the generated column followed the UPDATE");
      }
      assertEquals(List.of(List.of("B-1", 40, 1, 41, "open")), db.rows(ROWS));
      for (String sql : db.log.statements()) {
        if (sql.startsWith("update")) {
          assertFalse(sql.contains("set \"total\"") || sql.contains(", \"total\" ="), sql);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void changingAGeneratedColumnOfAStoredObjectFailsTheFlushAndLosesNothing(Backend backend) {
    try (TestDatabase db = TestDatabase.migrated(backend, "db/migration", MODEL)) {
      Customer bob = new Customer("bob");
      Invoice invoice = new Invoice("C-1", 10, 1);
      bob.getInvoices().add(invoice);
      try (Session s = db.open()) {
        s.add(bob);
        s.commit();
        LocalDateTime created = bob.createdAt();
        invoice.setStatus("paid");
        invoice.setAmount(20);
        ObjectStateException e = assertThrows(ObjectStateException.class, s::flush);
        assertTrue(e.getMessage().contains("Invoice.status"), e.getMessage());
        assertTrue(e.getMessage().contains("generated = true"), e.getMessage());
        invoice.setStatus("open");
        bob.setCreatedAt(created);
        s.commit();
      }
      assertEquals(List.of(List.of("C-1", 20, 1, 21, "open")), db.rows(ROWS));
    }
  }
}
