package org.relata.processor.fuzz;

import static com.google.common.truth.Truth.assertThat;

import org.relata.processor.diagnostics.Message;
import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * The smallest models that reproduce what the processor fuzzer found, kept so that each stays
 * fixed.
 */
class FuzzFindingsTest {

  /**
   * ecj gives the field behind a record component no annotations when the annotation names an enum
   * constant, such as {@code onDelete = OnDelete.CASCADE}; the component itself keeps them.
   */
  @ProcessorTest
  void recordAssociationTableWithOnDelete(TestCompiler compiler) {
    Relata.compile(compiler, "fuzz/recordondelete").succeedsWithoutWarnings();
  }

  /**
   * The same key read from the component is still checked. Under javac the error lands on the
   * component's line; ecj 3.46 gives no position to any diagnostic on a record, its components or
   * their fields, so there it has no file.
   */
  @ProcessorTest
  void recordAssociationTableWithOnDeleteIsStillChecked(TestCompiler compiler) {
    Outcome outcome = Relata.compile(compiler, "fuzz/recordondeletemismatch").hasOnlyRelataErrors();
    assertThat(outcome.count(Message.FOREIGN_KEY_TYPE_MISMATCH)).isEqualTo(1);
    if (compiler == TestCompiler.JAVAC) {
      outcome.hasError(Message.FOREIGN_KEY_TYPE_MISMATCH, "PostTag.java", "String tagId");
    }
  }

  /**
   * A diagnostic placed on {@code @Backref} of a field whose {@code @Relationship} has an empty
   * array, {@code cascade = {}}: ecj's Messager throws a NullPointerException while it searches the
   * field's annotations, and the processor lost every diagnostic after it. Now the note goes on the
   * field under ecj, and on the annotation under javac.
   */
  @ProcessorTest
  void noteOnABackrefNextToAnEmptyArray(TestCompiler compiler) {
    Relata.compile(compiler, "fuzz/emptycascade")
        .succeedsWithoutWarnings()
        .hasNote(
            Message.BACKREF_LEGACY,
            "User.java",
            compiler == TestCompiler.JAVAC ? "@Backref(\"user\")" : "addresses;");
  }

  /**
   * A deprecated entity and deprecated columns, some marked for removal: the generated code that
   * reads them must not warn, or {@code -Werror} builds fail on code the user cannot change.
   */
  @ProcessorTest
  void deprecatedMembersDoNotMakeGeneratedCodeWarn(TestCompiler compiler) {
    Relata.compile(compiler, "fuzz/deprecatedcolumn").succeedsWithoutWarnings();
  }
}
