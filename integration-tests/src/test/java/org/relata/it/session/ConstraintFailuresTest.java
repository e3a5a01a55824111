package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.existing.Invoice;
import org.relata.it.model.existing.Label;
import org.relata.runtime.ConstraintViolationException;
import org.relata.runtime.SchemaMismatch;
import org.relata.runtime.SchemaMismatchException;
import org.relata.runtime.Session;

/**
 * What a refused statement says, on H2 and PostgreSQL against a migrated schema: a unique value on
 * a non-key column names its constraint and columns and blames no other transaction; deleting a row
 * that a one-way many-to-many still links to names that relationship and the two fixes (issue 12,
 * item 7); a mapped column that the database lacks names the entity and field.
 */
class ConstraintFailuresTest {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDuplicateValueInAUniqueColumnNamesTheConstraintAndColumn(Backend backend) {
    try (TestDatabase db =
        TestDatabase.migrated(backend, "db/migration", GeneratedColumnsTest.MODEL)) {
      try (Session s = db.open()) {
        s.add(new Invoice("A-1", 10, 1));
        s.commit();
      }
      try (Session s = db.open()) {
        Invoice twin = new Invoice("A-1", 20, 2);
        s.add(twin);
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, s::flush);
        assertEquals("invoice_number_key", e.constraint());
        assertEquals("invoice", e.table());
        assertTrue(
            e.getMessage().contains("invoice_number_key on \"invoice\" (number)"), e.getMessage());
        assertFalse(e.getMessage().contains("another transaction"), e.getMessage());
        twin.setNumber("A-2");
        s.commit();
      }
      assertEquals(
          List.of(List.of("A-1", 11), List.of("A-2", 22)),
          db.rows("select \"number\", \"total\" from \"billing\".\"invoice\" order by \"number\""));
    }
  }

  /** Issue 12, item 7: the link rows of a relationship that the deleted side does not declare. */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void deletingARowThatAOneWayManyToManyLinksNamesTheRelationshipAndTheFixes(Backend backend) {
    try (TestDatabase db =
        TestDatabase.migrated(backend, "db/migration", GeneratedColumnsTest.MODEL)) {
      Invoice invoice = new Invoice("L-1", 10, 1);
      Label urgent = new Label("urgent");
      invoice.getLabels().add(urgent);
      try (Session s = db.open()) {
        s.add(invoice);
        s.commit();
      }
      try (Session s = db.open()) {
        s.delete(s.get(Label.class, urgent.id()));
        ConstraintViolationException e =
            assertThrows(ConstraintViolationException.class, s::commit);
        String message = e.getMessage();
        assertEquals("invoice_label_label_fk", e.constraint(), message);
        assertEquals("invoice_label", e.table(), message);
        assertTrue(message.contains("link rows of Invoice.labels"), message);
        assertTrue(message.contains("Label does not declare the reverse side"), message);
        assertTrue(message.contains("secondary = InvoiceLabel.class"), message);
        assertTrue(message.contains("onDelete = OnDelete.CASCADE"), message);
        assertTrue(message.contains("InvoiceLabel.labelId"), message);
        assertFalse(message.contains("another transaction"), message);
      }
      assertEquals(List.of(List.of(1L)), count(db, "\"billing\".\"label\""), "rolled back");
      try (Session s = db.open()) {
        // The fix from this side: unlink first, then delete.
        s.get(Invoice.class, invoice.id()).getLabels().clear();
        s.delete(s.get(Label.class, urgent.id()));
        s.commit();
      }
      assertEquals(List.of(List.of(0L)), count(db, "\"billing\".\"invoice_label\""));
      assertEquals(List.of(List.of(0L)), count(db, "\"billing\".\"label\""));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aMappedColumnMissingFromTheDatabaseNamesTheEntityAndField(Backend backend) {
    try (TestDatabase db =
        TestDatabase.migrated(backend, "db/migration", GeneratedColumnsTest.MODEL)) {
      db.plain.execute(
          "insert into \"billing\".\"invoice\" (\"id\", \"number\", \"amount\", \"tax\")"
              + " values (1, 'M-1', 1, 0)");
      db.plain.execute(
          "alter table \"billing\".\"invoice\" rename column \"number\" to \"invoice_number\"");
      try (Session s = db.open()) {
        SchemaMismatchException load =
            assertThrows(SchemaMismatchException.class, () -> s.get(Invoice.class, 1L));
        assertInvoiceNumber(load);
      }
      try (Session s = db.open()) {
        s.add(new Invoice("M-2", 1, 0));
        SchemaMismatchException flush = assertThrows(SchemaMismatchException.class, s::flush);
        assertInvoiceNumber(flush);
      }
    }
  }

  private static void assertInvoiceNumber(SchemaMismatchException e) {
    List<SchemaMismatch> found = e.mismatches();
    assertEquals(1, found.size(), e.getMessage());
    assertEquals("Invoice.number", found.get(0).mapping());
    assertEquals("billing.invoice", found.get(0).table());
    assertEquals("number", found.get(0).column());
    assertTrue(e.getMessage().contains("@Column(\"...\") on Invoice.number"), e.getMessage());
  }

  private static List<List<Object>> count(TestDatabase db, String table) {
    return db.rows("select count(*) from " + table).stream()
        .map(r -> List.<Object>of(((Number) r.get(0)).longValue()))
        .toList();
  }
}
