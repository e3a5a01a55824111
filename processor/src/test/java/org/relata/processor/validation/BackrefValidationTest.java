package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.BACKREF_CLASH;
import static org.relata.processor.diagnostics.Message.BACKREF_DUPLICATE;
import static org.relata.processor.diagnostics.Message.BACKREF_LEGACY;
import static org.relata.processor.diagnostics.Message.BACKREF_OPTION_INVALID;
import static org.relata.processor.diagnostics.Message.BACKREF_WITHOUT_RELATIONSHIP;
import static org.relata.processor.diagnostics.Message.BACKREF_WITH_BACK_POPULATES;

import com.google.testing.compile.CompilationSubject;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * Misused {@code @Backref}s are errors; every legacy backref gets a note, or what the option asks.
 */
class BackrefValidationTest {

  @ProcessorTest
  void backrefTogetherWithBackPopulates(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backrefwithbackpopulates")
        .hasError(BACKREF_WITH_BACK_POPULATES, "User.java", "@Backref(\"owner\")")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void backrefWithoutRelationship(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backrefwithoutrelationship")
        .hasError(BACKREF_WITHOUT_RELATIONSHIP, "User.java", "@Backref(\"user\")")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void backrefClashingWithAField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backrefclash")
        .hasError(BACKREF_CLASH, "User.java", "@Backref(\"email\")")
        .mentions("clashes with the field bad.backrefclash.Address.email")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void twoBackrefsOfTheSameNameOnOneTarget(TestCompiler compiler) {
    Relata.compile(compiler, "bad/backrefduplicate")
        .hasError(BACKREF_DUPLICATE, "User.java", "@Backref(\"owner\")")
        .hasError(BACKREF_DUPLICATE, "Group.java", "@Backref(\"owner\")")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void legacyBackrefGetsANoteWithTheExplicitDeclaration(TestCompiler compiler) {
    Relata.compile(compiler, "good/backref")
        .succeedsWithoutWarnings()
        .hasNote(BACKREF_LEGACY, "User.java", "@Backref(\"user\")")
        .mentions("@Relationship(backPopulates = \"addresses\") User user;")
        .hasNote(BACKREF_LEGACY, "Keyword.java", "@Backref(value = \"keywords\"");
  }

  @ProcessorTest
  void legacyBackrefAsWarning(TestCompiler compiler) {
    Relata.compile(compiler, "good/backref", "-Arelata.backref=warning")
        .hasWarning(BACKREF_LEGACY, "User.java", "@Backref(\"user\")");
  }

  @ProcessorTest
  void legacyBackrefAsError(TestCompiler compiler) {
    Relata.compile(compiler, "good/backref", "-Arelata.backref=error")
        .hasError(BACKREF_LEGACY, "User.java", "@Backref(\"user\")")
        .hasError(BACKREF_LEGACY, "User.java", "@Backref(value = \"owner\", uselist = false)")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void unknownBackrefOptionIsAWarning(TestCompiler compiler) {
    CompilationSubject.assertThat(
            Relata.compile(compiler, "good/backref", "-Arelata.backref=loud").compilation())
        .hadWarningContaining(BACKREF_OPTION_INVALID.tag() + " -Arelata.backref=loud");
  }
}
