package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.BACK_POPULATES_KEY_MISMATCH;
import static org.relata.processor.diagnostics.Message.BACK_POPULATES_MISMATCH;
import static org.relata.processor.diagnostics.Message.BACK_POPULATES_MISSING;
import static org.relata.processor.diagnostics.Message.BACK_POPULATES_NOT_RELATIONSHIP;
import static org.relata.processor.diagnostics.Message.BACK_POPULATES_WRONG_TARGET;

import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** A {@code backPopulates} that does not name the reverse relationship is an error on its value. */
class BackPopulatesValidationTest {

  @ProcessorTest
  void missingFieldSuggestsTheClosestName(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backpopulatesmissing")
        .hasError(BACK_POPULATES_MISSING, "Address.java", "backPopulates = \"adresses\"")
        .mentions("Did you mean \"addresses\"?")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void fieldThatIsNotARelationship(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backpopulatesnotrelationship")
        .hasError(BACK_POPULATES_NOT_RELATIONSHIP, "Address.java", "backPopulates = \"name\"")
        .mentions("User.name is not a relationship")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void relationshipToAnotherClass(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backpopulateswrongtarget")
        .hasError(BACK_POPULATES_WRONG_TARGET, "User.java", "backPopulates = \"group\"")
        .mentions("is a relationship to bad.backpopulateswrongtarget.Group")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void reverseThatNamesAThirdField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backpopulatesmismatch")
        .hasError(BACK_POPULATES_MISMATCH, "User.java", "backPopulates = \"user\"")
        .mentions("Address.user says backPopulates = \"oldAddresses\", not \"addresses\"")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void twoSidesJoiningOnDifferentKeys(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backpopulateskeymismatch")
        .hasError(
            BACK_POPULATES_KEY_MISMATCH, "Customer.java", "backPopulates = \"shippingCustomer\"")
        .hasError(BACK_POPULATES_KEY_MISMATCH, "Invoice.java", "backPopulates = \"billedInvoices\"")
        .mentions("Customer.billedInvoices joins on Invoice.billingCustomerId")
        .hasOnlyRelataErrors();
  }
}
