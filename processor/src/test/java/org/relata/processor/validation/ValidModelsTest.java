package org.relata.processor.validation;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** Every valid model compiles, generated code included, without a single warning. */
class ValidModelsTest {
  private static final List<String> MODELS =
      List.of(
          "onetomany",
          "oneway",
          "onetoone",
          "manytomany",
          "recordassociation",
          "associationobject",
          "selfreferential",
          "selfmanytomany",
          "backref",
          "crosspackage",
          "sqlkeywords",
          "foreignkeychoice",
          "beancolumns",
          "shadowednames",
          "overlapschemas");

  static Stream<Arguments> models() {
    return Stream.of(TestCompiler.values())
        .flatMap(compiler -> MODELS.stream().map(model -> Arguments.of(compiler, model)));
  }

  @ParameterizedTest(name = "{1} under {0}")
  @MethodSource("models")
  void compilesWithoutWarnings(TestCompiler compiler, String model) {
    Relata.compile(compiler, "good/" + model).succeedsWithoutWarnings();
  }
}
