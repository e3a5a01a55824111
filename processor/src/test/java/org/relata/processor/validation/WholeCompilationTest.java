package org.relata.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static org.relata.processor.diagnostics.Message.BACK_POPULATES_MISSING;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_MISSING;
import static org.relata.processor.diagnostics.Message.FOREIGN_KEY_TYPE_MISMATCH;
import static org.relata.processor.diagnostics.Message.ID_MISSING;
import static org.relata.processor.diagnostics.Message.NO_ARG_CONSTRUCTOR_MISSING;
import static org.relata.processor.diagnostics.Message.ORDER_BY_UNKNOWN_COLUMN;
import static org.relata.processor.diagnostics.Message.RELATIONSHIP_PRIVATE;
import static org.relata.processor.diagnostics.Message.SQL_NAME_INVALID;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * Behaviour across a whole compilation: every mistake is reported, and missing types add no noise.
 */
class WholeCompilationTest {

  @ProcessorTest
  void everyMistakeIsReportedNotOnlyTheFirst(TestCompiler compiler) {
    Relata.compile(compiler, "bad/manymistakes")
        .hasError(SQL_NAME_INVALID, "User.java", "table = \"user account\"")
        .hasError(ORDER_BY_UNKNOWN_COLUMN, "User.java", "orderBy = \"emial\"")
        .hasError(BACK_POPULATES_MISSING, "User.java", "backPopulates = \"owner\"")
        .hasError(RELATIONSHIP_PRIVATE, "User.java", "private Tag favourite;")
        .hasError(FOREIGN_KEY_MISSING, "User.java", "@Relationship(lazy = Lazy.JOINED)")
        .hasError(
            FOREIGN_KEY_TYPE_MISMATCH, "Address.java", "@ForeignKey(User.class) Integer userId;")
        .hasError(NO_ARG_CONSTRUCTOR_MISSING, "Address.java", "public class Address")
        .hasError(ID_MISSING, "Tag.java", "public class Tag")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void aMissingClassIsLeftToTheCompilerAndOtherMistakesStillShow(TestCompiler compiler) {
    Outcome outcome =
        Relata.compile(compiler, "bad/missingtype")
            .hasError(BACK_POPULATES_MISSING, "Address.java", "backPopulates = \"adresses\"");
    List<String> relata =
        outcome.compilation().errors().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .filter(m -> m.startsWith("[Relata/"))
            .collect(Collectors.toList());
    // Exactly the one real mistake: nothing about the misspelled class, which the compiler reports.
    assertThat(relata).hasSize(1);
    assertThat(
            outcome.compilation().errors().stream()
                .anyMatch(d -> d.getMessage(Locale.ROOT).contains("Mising")))
        .isTrue();
  }
}
