package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_AMBIGUOUS;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_MISSING;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_TARGET_NOT_ENTITY;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_TYPE_MISMATCH;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_UNKNOWN;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_WRONG_TARGET;

import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** A relationship needs exactly one foreign key to join on, of the right type. */
class ForeignKeyValidationTest {

  @ProcessorTest
  void noForeignKeyBetweenTheTables(TestCompiler compiler) {
    Relata.compile(compiler, "bad/foreignkeymissing")
        .hasError(FOREIGN_KEY_MISSING, "User.java", "@Relationship")
        .mentions("Add @ForeignKey(User.class) to a field of bad.foreignkeymissing.Address")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void severalCandidatesNamedWithTheFix(TestCompiler compiler) {
    Relata.compile(compiler, "bad/foreignkeyambiguous")
        .hasError(FOREIGN_KEY_AMBIGUOUS, "User.java", "@Relationship")
        .mentions("(Address.userId, Address.shippingUserId)")
        .mentions("foreignKey = \"userId\"")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void foreignKeyNamingNoField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/foreignkeyunknown")
        .hasError(FOREIGN_KEY_UNKNOWN, "User.java", "foreignKey = \"userid\"")
        .mentions("Did you mean \"userId\"?")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void foreignKeyNotReferencingTheTarget(TestCompiler compiler) {
    Relata.compile(compiler, "bad/foreignkeywrongtarget")
        .hasError(FOREIGN_KEY_WRONG_TARGET, "User.java", "foreignKey = \"groupId\"")
        .hasError(FOREIGN_KEY_WRONG_TARGET, "User.java", "foreignKey = \"email\"")
        .mentions("Address.groupId references bad.foreignkeywrongtarget.Group")
        .mentions("Address.email is not a @ForeignKey")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void foreignKeyTypeDiffersFromTheId(TestCompiler compiler) {
    Relata.compile(compiler, "bad/foreignkeytypemismatch")
        .hasError(FOREIGN_KEY_TYPE_MISMATCH, "Address.java", "@ForeignKey(User.class)")
        .mentions(
            "Address.userId has type Integer, but it references User.id, of type Long. Declare it as Long.")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void foreignKeyToANonEntity(TestCompiler compiler) {
    Relata.compile(compiler, "bad/foreignkeytargetnotentity")
        .hasError(FOREIGN_KEY_TARGET_NOT_ENTITY, "Address.java", "@ForeignKey(String.class)")
        .hasOnlyRelataErrors();
  }
}
