package org.relata.processor.validation;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.relata.processor.RelataProcessor;
import org.relata.processor.RepositoryProcessor;
import org.relata.processor.testing.Fixture;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.TestCompiler;

/**
 * {@code @Entity} carries Jakarta Data's {@code @EntityDefining}, yet users who do not write
 * repositories need not have the API: their entities compile without a warning, with both
 * processors, and get their generated classes.
 */
class WithoutJakartaDataTest {

  @ProcessorTest
  void entitiesCompileWithoutTheApiOnTheClasspath(TestCompiler compiler) {
    Compilation compilation =
        compiler
            .compilerWithoutJakartaData()
            .withProcessors(new RelataProcessor(), new RepositoryProcessor())
            .compile(Fixture.of("good/onetomany").sources());
    assertWithMessage("diagnostics: %s", compilation.diagnostics())
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.onetomany.UserRelations");
  }
}
