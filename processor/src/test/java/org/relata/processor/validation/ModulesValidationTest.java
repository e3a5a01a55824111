package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.BACKREF_ACROSS_MODULES;
import static org.relata.processor.diagnostics.Message.BACK_POPULATES_ACROSS_MODULES;

import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * A downstream module compiled against the classes of an upstream one, whose entities and generated
 * bases are fixed: a relationship may point into it one way, but cannot add a side to it.
 */
class ModulesValidationTest {
  private static final String UPSTREAM = "upstream";

  @ProcessorTest
  void oneWayRelationshipToAnUpstreamEntityCompiles(TestCompiler compiler) {
    Relata.compileAgainst(compiler, UPSTREAM, "good/acrossmodules").succeedsWithoutWarnings();
  }

  @ProcessorTest
  void backrefOntoAnUpstreamEntity(TestCompiler compiler) {
    Relata.compileAgainst(compiler, UPSTREAM, "bad/backrefacrossmodules")
        .hasError(BACKREF_ACROSS_MODULES, "Order.java", "@Backref(\"orders\")")
        .mentions("upstream.accounts.User comes from another compilation (a jar or another module)")
        .mentions("its generated base UserRelations cannot be written here")
        .mentions(
            "Remove @Backref to keep Order.user one-way, or move Order into the module of User")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void backPopulatesNamingAFieldAnUpstreamEntityCannotHave(TestCompiler compiler) {
    Relata.compileAgainst(compiler, UPSTREAM, "bad/backpopulatesacrossmodules")
        .hasError(BACK_POPULATES_ACROSS_MODULES, "Order.java", "backPopulates = \"orders\"")
        .mentions("has no relationship \"orders\", and a class compiled elsewhere cannot gain one")
        .mentions("Remove backPopulates to keep Order.user one-way")
        .hasOnlyRelataErrors();
  }
}
