package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.SECONDARY_FOREIGN_KEY_MISSING;
import static org.relata.processor.diagnostics.Message.SECONDARY_MISMATCH;
import static org.relata.processor.diagnostics.Message.SECONDARY_MISSING_ON_ONE_SIDE;
import static org.relata.processor.diagnostics.Message.SECONDARY_NOT_TABLE;
import static org.relata.processor.diagnostics.Message.SECONDARY_OVERLAP;
import static org.relata.processor.diagnostics.Message.SECONDARY_REQUIRED;

import com.google.common.truth.Truth;
import org.relata.processor.diagnostics.Message;
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

  /** A single-object side cannot mirror a many-to-many; the message says it has no secondary. */
  @ProcessorTest
  void aScalarSideAgainstAManyToMany(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondarymismatchscalar")
        .hasError(SECONDARY_MISMATCH, "Author.java", "@Relationship(backPopulates = \"authors\")")
        .mentions(
            "This side has no secondary, but the reverse side Book.authors says secondary ="
                + " Authorship.class. Both sides of a many-to-many must name the same association"
                + " table.")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void collectionToCollectionWithoutSecondaryNamesTheLinkTableThatExists(TestCompiler compiler) {
    Outcome outcome =
        Relata.compile(compiler, "bad/secondaryrequiredwithtable")
            .hasError(
                SECONDARY_REQUIRED, "Parent.java", "@Relationship(backPopulates = \"parents\")")
            .hasError(
                SECONDARY_REQUIRED, "Child.java", "@Relationship(backPopulates = \"children\")")
            .mentions(
                "The @AssociationTable Membership links Parent and Child: add secondary ="
                    + " Membership.class on both sides.")
            .hasOnlyRelataErrors();
    Truth.assertThat(outcome.count(SECONDARY_REQUIRED)).isEqualTo(2);
  }

  /** Here another key happens to join the two entities, so nothing but this check objects. */
  @ProcessorTest
  void oneSideOfAManyToManyWithoutSecondary(TestCompiler compiler) {
    Relata.compile(compiler, "bad/secondarymissingononeside")
        .hasError(
            SECONDARY_MISSING_ON_ONE_SIDE,
            "Author.java",
            "@Relationship(backPopulates = \"authors\")")
        .mentions(
            "Author.books has no secondary, but its reverse side Book.authors says secondary ="
                + " Authorship.class, and both sides of a many-to-many name the same association"
                + " table. Add secondary = Authorship.class here.")
        .hasOnlyRelataErrors();
  }

  /**
   * No key joins the two entities, and only the other side names this one: the error still names
   * the table, and no foreign key is suggested.
   */
  @ProcessorTest
  void oneSideWithoutSecondaryNamedOnlyByTheOther(TestCompiler compiler) {
    Outcome outcome =
        Relata.compile(compiler, "bad/secondarymissingnokey")
            .hasError(SECONDARY_MISSING_ON_ONE_SIDE, "Author.java", "@Relationship List<Book>")
            .mentions("Add secondary = Authorship.class here.")
            .hasOnlyRelataErrors();
    Truth.assertThat(outcome.compilation().errors()).hasSize(1);
    Truth.assertThat(outcome.count(Message.FOREIGN_KEY_MISSING)).isEqualTo(0);
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
