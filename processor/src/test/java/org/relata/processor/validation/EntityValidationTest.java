package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.COLUMN_INACCESSIBLE;
import static org.relata.processor.diagnostics.Message.ID_MISSING;
import static org.relata.processor.diagnostics.Message.NO_ARG_CONSTRUCTOR_MISSING;
import static org.relata.processor.diagnostics.Message.RELATIONS_BASE_MISSING;

import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** An entity needs an id, a way to be loaded, readable columns and its generated base. */
class EntityValidationTest {

  @ProcessorTest
  void entityWithoutId(TestCompiler compiler) {
    Relata.compile(compiler, "bad/idmissing")
        .hasError(ID_MISSING, "Tag.java", "public class Tag")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void entityNotExtendingItsGeneratedBase(TestCompiler compiler) {
    Relata.compile(compiler, "bad/relationsbasemissing")
        .hasError(RELATIONS_BASE_MISSING, "User.java", "public class User")
        .mentions("declare `class User extends UserRelations`")
        .hasError(RELATIONS_BASE_MISSING, "Address.java", "public class Address extends Object")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void entityWithoutNoArgConstructor(TestCompiler compiler) {
    Relata.compile(compiler, "bad/noargconstructormissing")
        .hasError(NO_ARG_CONSTRUCTOR_MISSING, "Tag.java", "public class Tag")
        .mentions("to be loadable")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void privateColumnWithoutAccessors(TestCompiler compiler) {
    Relata.compile(compiler, "bad/columninaccessible")
        .hasError(COLUMN_INACCESSIBLE, "Tag.java", "private String label;")
        .mentions("getLabel() and setLabel(String)")
        .hasError(COLUMN_INACCESSIBLE, "Tag.java", "private String color;")
        .hasOnlyRelataErrors();
  }
}
