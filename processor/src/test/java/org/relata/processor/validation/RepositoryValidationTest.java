package org.relata.processor.validation;

import static org.relata.processor.diagnostics.Message.FETCH_UNKNOWN;
import static org.relata.processor.diagnostics.Message.FIND_PARAMETER_TYPE_MISMATCH;
import static org.relata.processor.diagnostics.Message.FIND_PARAMETER_UNKNOWN;
import static org.relata.processor.diagnostics.Message.LIFECYCLE_PARAMETER_NOT_ENTITY;
import static org.relata.processor.diagnostics.Message.REPOSITORY_METHOD_UNSUPPORTED;
import static org.relata.processor.diagnostics.Message.REPOSITORY_NOT_INTERFACE;
import static org.relata.processor.diagnostics.Message.REPOSITORY_ORDER_BY_UNKNOWN;
import static org.relata.processor.diagnostics.Message.RETURN_TYPE_UNSUPPORTED;

import org.relata.processor.testing.ProcessorTest;
import org.relata.processor.testing.Relata;
import org.relata.processor.testing.TestCompiler;

/**
 * A Jakarta Data repository is checked against its entity: each mistake is a compile error on the
 * parameter, annotation value or method at fault, and no {@code Users_} follows to add errors.
 */
class RepositoryValidationTest {

  @ProcessorTest
  void findParameterNamingNoField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/findparameterunknown")
        .hasError(FIND_PARAMETER_UNKNOWN, "Users.java", "List<User> byNmae(String nmae);")
        .mentions("User has no field \"nmae\". Did you mean \"name\"?")
        .mentions("Fields of User: id, name, age.")
        .hasError(FIND_PARAMETER_UNKNOWN, "Users.java", "@By(\"owner\")")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void findParameterOfAnotherTypeThanItsField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/findparametertypemismatch")
        .hasError(FIND_PARAMETER_TYPE_MISMATCH, "Users.java", "List<User> byAge(String age);")
        .mentions("the parameter age has type String, but User.age has type int")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void orderByUnknownField(TestCompiler compiler) {
    Relata.compile(compiler, "bad/repositoryorderbyunknown")
        .hasError(REPOSITORY_ORDER_BY_UNKNOWN, "Users.java", "@OrderBy(\"nam\")")
        .mentions("Did you mean \"name\"?")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void unsupportedReturnTypes(TestCompiler compiler) {
    Relata.compile(compiler, "bad/returntypeunsupported")
        .hasError(RETURN_TYPE_UNSUPPORTED, "Users.java", "Set<User> byName(String name);")
        .hasError(RETURN_TYPE_UNSUPPORTED, "Users.java", "List<String> names(int age);")
        .hasError(RETURN_TYPE_UNSUPPORTED, "Users.java", "Page<User> page(int age);")
        .mentions("A Page needs a PageRequest parameter")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void lifecycleParameterThatIsNotTheRepositorysEntity(TestCompiler compiler) {
    Relata.compile(compiler, "bad/lifecycleparameternotentity")
        .hasError(LIFECYCLE_PARAMETER_NOT_ENTITY, "Users.java", "void add(Address address);")
        .mentions("@Insert takes User entities, not Address")
        .hasError(LIFECYCLE_PARAMETER_NOT_ENTITY, "Users.java", "void rename(String name);")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void fetchOfARelationshipThatDoesNotExist(TestCompiler compiler) {
    Relata.compile(compiler, "bad/fetchunknown")
        .hasError(FETCH_UNKNOWN, "Users.java", "@Fetch({\"addresses\", \"adresses\"})")
        .mentions("User has no relationship \"adresses\". Did you mean \"addresses\"?")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void methodsRelataDoesNotImplement(TestCompiler compiler) {
    Relata.compile(compiler, "bad/repositorymethodunsupported")
        .hasError(
            REPOSITORY_METHOD_UNSUPPORTED, "Users.java", "List<User> findByName(String name);")
        .mentions("does not implement query by method name")
        .hasError(REPOSITORY_METHOD_UNSUPPORTED, "Users.java", "List<User> older(int age);")
        .hasOnlyRelataErrors();
  }

  @ProcessorTest
  void repositoryThatIsAClass(TestCompiler compiler) {
    Relata.compile(compiler, "bad/repositorynotinterface")
        .hasError(REPOSITORY_NOT_INTERFACE, "Users.java", "public abstract class Users")
        .hasOnlyRelataErrors();
  }
}
