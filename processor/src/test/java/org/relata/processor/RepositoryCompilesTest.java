package org.relata.processor;

import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * The repositories of the golden model compile under javac and ecj alike, generated classes
 * included, without a warning: the goldens pin the text, this pins that ecj accepts it too.
 */
class RepositoryCompilesTest {

  @ProcessorTest
  void generatedRepositoriesCompileWithoutWarnings(TestCompiler compiler) {
    Outcome outcome = Relata.compile(compiler, "golden/repository").succeedsWithoutWarnings();
    for (String generated : new String[] {"test.repo.Users_", "test.repo.Addresses_"}) {
      com.google.testing.compile.CompilationSubject.assertThat(outcome.compilation())
          .generatedSourceFile(generated);
    }
  }
}
