package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.COLUMN_INACCESSIBLE;
import static org.relata.processor.diagnostics.Message.ENTITY_NOT_A_CLASS;
import static org.relata.processor.diagnostics.Message.ID_MISSING;
import static org.relata.processor.diagnostics.Message.NO_ARG_CONSTRUCTOR_MISSING;
import static org.relata.processor.diagnostics.Message.RELATIONS_BASE_MISSING;

import org.relata.processor.testing.Outcome;
import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/** An entity needs an id, a way to be loaded, readable columns and its generated base. */
class EntityValidationTest {

  @ProcessorTest
  void entityThatIsARecordAnEnumOrAnInterface(TestCompiler compiler) {
    Outcome outcome =
        Relata.compile(compiler, "bad/entitynotaclass")
            .hasError(ENTITY_NOT_A_CLASS, "Color.java", "public enum Color")
            .mentions("@Entity bad.entitynotaclass.Color is an enum, but an entity must be a class")
            .hasError(ENTITY_NOT_A_CLASS, "Named.java", "public interface Named")
            .mentions("@Entity bad.entitynotaclass.Named is an interface")
            .mentions("@Entity bad.entitynotaclass.Tag is a record")
            .mentions("Declare Tag as a class, or remove @Entity.")
            .hasOnlyRelataErrors();
    if (compiler == TestCompiler.JAVAC) { // ecj places no diagnostic on a record
      outcome.hasError(ENTITY_NOT_A_CLASS, "Tag.java", "public record Tag");
    }
  }

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
