package org.relata.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static org.relata.processor.diagnostics.Message.GENERATED_COLUMN_INVALID;
import static org.relata.processor.diagnostics.Message.ORDER_BY_CONTROL_CHARACTER;
import static org.relata.processor.diagnostics.Message.ORDER_BY_INVALID;
import static org.relata.processor.diagnostics.Message.ORDER_BY_UNKNOWN_COLUMN;
import static org.relata.processor.diagnostics.Message.SQL_NAME_INVALID;

import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** No annotation value can put anything but a plain identifier into SQL. */
class SqlNameValidationTest {

  @ProcessorTest
  void tableAndColumnNamesMustBePlainIdentifiers(TestCompiler compiler) {
    Relata.compile(compiler, "bad/sqlnameinvalid")
        .hasError(SQL_NAME_INVALID, "Tag.java", "table = \"tag; DROP TABLE users\"")
        .hasError(SQL_NAME_INVALID, "Tag.java", "@Column(\"label\\\" --\")")
        .hasError(SQL_NAME_INVALID, "Link.java", "@AssociationTable(\"tag-link\")")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void schemaNamesMustBePlainIdentifiers(TestCompiler compiler) {
    Relata.compile(compiler, "bad/sqlnameinvalidschema")
        .hasError(SQL_NAME_INVALID, "Ledger.java", "schema = \"billing.x\"")
        .hasError(SQL_NAME_INVALID, "LedgerLink.java", "schema = \"bill ing\"")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void generatedOnlyWhereTheDatabaseCanSupplyTheValue(TestCompiler compiler) {
    Outcome outcome = Relata.compile(compiler, "bad/generatedcolumninvalid");
    outcome
        .hasError(GENERATED_COLUMN_INVALID, "Invoice.java", "@Column(generated = true)")
        .hasError(GENERATED_COLUMN_INVALID, "Invoice.java", "@Column(value = \"parent\"")
        .mentions("Invoice.id is an @Id")
        .mentions("Invoice.parentId is a @ForeignKey")
        .hasOnlyRelataErrors();
    assertThat(outcome.count(GENERATED_COLUMN_INVALID)).isEqualTo(2);
  }

  @ProcessorTest
  void orderByMustBeColumnsWithDirections(TestCompiler compiler) {
    Relata.compile(compiler, "bad/orderbyinvalid")
        .hasError(ORDER_BY_INVALID, "User.java", "orderBy = \"email; DROP TABLE address\"")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void orderByWithATabIsRejected(TestCompiler compiler) {
    Relata.compile(compiler, "bad/orderbycontrolcharacter")
        .hasError(ORDER_BY_CONTROL_CHARACTER, "User.java", "orderBy = \"email\\tDESC\"")
        .mentions("contains a tab")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void orderByNamingAMissingColumn(TestCompiler compiler) {
    Relata.compile(compiler, "bad/orderbyunknowncolumn")
        .hasError(ORDER_BY_UNKNOWN_COLUMN, "User.java", "orderBy = \"emial DESC\"")
        .mentions("Did you mean \"email\"?")
        .hasOnlyRelataErrors();
  }
}
