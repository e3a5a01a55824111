package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.SECONDARY_FOREIGN_KEY_MISSING;
import static org.relata.processor.diagnostics.Message.SECONDARY_MISMATCH;
import static org.relata.processor.diagnostics.Message.SECONDARY_NOT_TABLE;
import static org.relata.processor.diagnostics.Message.SECONDARY_OVERLAP;
import static org.relata.processor.diagnostics.Message.SECONDARY_REQUIRED;

import com.google.common.truth.Truth;
import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** Many-to-many relationships need one shared, well-formed association table. */
class SecondaryValidationTest {

  @ProcessorTest
  void collectionToCollectionWithoutSecondary(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondaryrequired")
        .hasError(SECONDARY_REQUIRED, "Parent.java", "@Relationship(backPopulates = \"parents\")")
        .hasError(SECONDARY_REQUIRED, "Child.java", "@Relationship(backPopulates = \"children\")")
        .mentions("Add secondary = YourLinkTable.class on both sides")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void secondaryThatIsNoTable(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondarynottable")
        .hasError(SECONDARY_NOT_TABLE, "Parent.java", "secondary = Link.class")
        .hasError(SECONDARY_NOT_TABLE, "Child.java", "secondary = Link.class")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void secondaryWithoutAForeignKeyToOneSide(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondaryforeignkeymissing")
        .hasError(SECONDARY_FOREIGN_KEY_MISSING, "Parent.java", "secondary = Association.class")
        .mentions("has no @ForeignKey(Child.class) field")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void twoSidesNamingDifferentSecondaries(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondarymismatch")
        .hasError(SECONDARY_MISMATCH, "Parent.java", "secondary = Association.class")
        .hasError(SECONDARY_MISMATCH, "Child.java", "secondary = OtherAssociation.class")
        .hasOnlyRelataErrors();
  }

  /** Here another key happens to join the two entities, so nothing but this check objects. */
  @ProcessorTest
  void oneSideOfAManyToManyWithoutSecondary(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondarymissingononeside")
        .hasError(SECONDARY_MISMATCH, "Author.java", "@Relationship(backPopulates = \"authors\")")
        .mentions(
            "secondary = void.class, but the reverse side Book.authors says secondary = Authorship.class")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void associationObjectOverlappingAWritableSecondary(TestCompiler compiler) {
    Outcome outcome =
        Relata.compile(compiler, "bad/secondaryoverlap")
            .hasWarning(SECONDARY_OVERLAP, "Parent.java", "secondary = Association.class")
            .mentions("Add viewonly = true to Parent.children");
    Truth.assertThat(outcome.compilation().errors()).isEmpty();
  }
}
