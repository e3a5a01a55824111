package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.existing.Invoice;
import org.relata.runtime.Schema;
import org.relata.runtime.SchemaMismatch;
import org.relata.runtime.SchemaMismatchException;

/**
 * {@code Schema.validate} against schemas that plain SQL migration scripts created, as Flyway runs
 * them: the script that matches the mapping passes, and the drifted one is reported in full, every
 * difference at once, each naming the field or entity and what to change.
 */
class SchemaValidateTest {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theMigrationThatMatchesTheMappingPasses(Backend backend) {
    try (TestDatabase db =
        TestDatabase.migrated(backend, "db/migration", GeneratedColumnsTest.MODEL)) {
      Schema.validate(db.plain, GeneratedColumnsTest.MODEL);
      Schema.validate(db.plain, Invoice.class); // its link table and nothing else
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSchemaCreatedBySchemaCreatePasses(Backend backend) {
    try (TestDatabase db =
        TestDatabase.createdAfter(backend, "db/billing-schema", GeneratedColumnsTest.MODEL)) {
      Schema.validate(db.plain, GeneratedColumnsTest.MODEL);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDriftedSchemaIsReportedInFullAtOnce(Backend backend) {
    try (TestDatabase db =
        TestDatabase.migrated(backend, "db/drifted", GeneratedColumnsTest.MODEL)) {
      SchemaMismatchException e =
          assertThrows(
              SchemaMismatchException.class,
              () -> Schema.validate(db.plain, GeneratedColumnsTest.MODEL));
      List<String> found = new ArrayList<>();
      for (SchemaMismatch m : e.mismatches()) {
        found.add(m.mapping() + " " + m.table() + " " + m.column());
      }
      assertEquals(
          List.of(
              "Customer.createdAt billing.customer created_at",
              "Customer billing.customer region",
              "Invoice.amount billing.invoice amount",
              "Invoice.tax billing.invoice tax",
              "Label billing.label null",
              "Account.customerId billing.account customer_id",
              "Account.customerId billing.account customer_id",
              "InvoiceLabel.labelId billing.invoice_label label_id",
              "InvoiceLabel billing.invoice_label null"),
          found);
      String message = e.getMessage();
      assertTrue(
          message.startsWith("The mapping does not match the database in 9 places"), message);
      assertTrue(message.contains("@Column(\"...\") on Customer.createdAt"), message);
      assertTrue(message.contains("wrapper type"), message);
      assertTrue(message.contains("the foreign key is wrong"), message);
      assertTrue(message.contains("no UNIQUE constraint"), message);
      assertTrue(message.contains("the table does not exist in schema billing"), message);
      assertTrue(message.contains("no primary key over (invoice_id, label_id)"), message);
    }
  }
}
