package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.DIRECTION_AMBIGUOUS;
import static org.relata.processor.diagnostics.Message.FIELD_FINAL;
import static org.relata.processor.diagnostics.Message.RELATIONSHIP_OUTSIDE_ENTITY;
import static org.relata.processor.diagnostics.Message.RELATIONSHIP_PRIVATE;
import static org.relata.processor.diagnostics.Message.RELATIONSHIP_STATIC;
import static org.relata.processor.diagnostics.Message.TARGET_NOT_ENTITY;
import static org.relata.processor.diagnostics.Message.UNSUPPORTED_TYPE;

import com.google.common.truth.Truth;
import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * A relationship field must be an accessible entity or collection of entities, with a clear
 * direction.
 */
class RelationshipFieldValidationTest {

  @ProcessorTest
  void foreignKeysBothWaysBetweenScalars(TestCompiler compiler) {
    Relata.compile(compiler, "bad/directionambiguous")
        .hasError(DIRECTION_AMBIGUOUS, "User.java", "@Relationship(backPopulates = \"user\")")
        .hasError(DIRECTION_AMBIGUOUS, "Profile.java", "@Relationship(backPopulates = \"profile\")")
        .mentions("foreignKey = \"profileId\"")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void targetThatIsNotAnEntity(TestCompiler compiler) {
    Relata.compile(compiler, "bad/targetnotentity")
        .hasError(TARGET_NOT_ENTITY, "User.java", "@Relationship")
        .mentions("Annotate bad.targetnotentity.Address with @Entity")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void unsupportedFieldTypesAreEachReported(TestCompiler compiler) {
    Outcome outcome =
        Relata.compile(compiler, "bad/unsupportedtype")
            .hasError(UNSUPPORTED_TYPE, "User.java", "Map<String, Address> byEmail")
            .hasError(UNSUPPORTED_TYPE, "User.java", "Address[] addressArray")
            .hasError(UNSUPPORTED_TYPE, "User.java", "List rawAddresses")
            .hasError(UNSUPPORTED_TYPE, "User.java", "ArrayList<Address> arrayList")
            .hasError(UNSUPPORTED_TYPE, "User.java", "List<? extends Address> wildcard")
            .hasOnlyRelataErrors();
    Truth.assertThat(outcome.count(UNSUPPORTED_TYPE)).isEqualTo(5);
  }

  @ProcessorTest
  void privateRelationshipField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/relationshipprivate")
        .hasError(RELATIONSHIP_PRIVATE, "User.java", "private List<Address> addresses;")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void staticRelationshipField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/relationshipstatic")
        .hasError(RELATIONSHIP_STATIC, "User.java", "static List<Address> addresses;")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void finalColumnAndRelationshipFields(TestCompiler compiler) {
    // The runtime's accessor writes both; a final field would only fail when the object loads.
    Relata.compile(compiler, "bad/fieldfinal")
        .hasError(FIELD_FINAL, "Address.java", "final String email")
        .hasError(FIELD_FINAL, "User.java", "@Relationship final List<Address> addresses")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void relationshipOutsideAnEntity(TestCompiler compiler) {
    Relata.compile(compiler, "bad/relationshipoutsideentity")
        .hasError(RELATIONSHIP_OUTSIDE_ENTITY, "UserView.java", "@Relationship")
        .hasOnlyRelataErrors();
  }
}
