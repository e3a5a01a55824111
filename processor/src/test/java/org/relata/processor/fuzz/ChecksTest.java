package org.relata.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;
import org.relata.processor.fuzz.FuzzCompiler.Finding;

/** The fuzzer's verdicts can fail: each check rejects what it must reject. */
class ChecksTest {
  private static final Finding PLACED_ERROR =
      new Finding(
          Kind.ERROR,
          "/fz/m1/p0/User.java",
          7,
          "[Relata/BackPopulatesMissing] backPopulates = \"x\"");

  @Test
  void anInternalErrorOrAnExceptionIsACrash() {
    Finding internal = new Finding(Kind.ERROR, null, -1, "[Relata/InternalError] Relata failed");
    assertEquals(1, Checks.crash(null, List.of(internal, PLACED_ERROR)).size());
    assertEquals(1, Checks.crash(new IllegalStateException("boom"), List.of()).size());
    assertTrue(Checks.crash(null, List.of(PLACED_ERROR)).isEmpty());
  }

  @Test
  void aMistakeIsCaughtOnlyByAPlacedErrorThatNamesIt() {
    Mutation kind = Mutation.BACK_POPULATES_RENAMED;
    assertTrue(Checks.caught(kind, false, List.of(PLACED_ERROR), true).isEmpty());
    assertEquals(List.of("compiled without error"), Checks.caught(kind, true, List.of(), true));
    Finding unplaced = new Finding(Kind.ERROR, null, -1, PLACED_ERROR.message());
    assertEquals(1, Checks.caught(kind, false, List.of(unplaced), true).size());
    assertTrue(Checks.caught(kind, false, List.of(unplaced), false).isEmpty());
    Finding other =
        new Finding(Kind.ERROR, "/fz/m1/p0/User.java", 7, "[Relata/IdMissing] @Entity x");
    assertEquals(1, Checks.caught(kind, false, List.of(other), true).size());
    Finding compiler = new Finding(Kind.ERROR, "/fz/m1/p0/User.java", 7, "cannot find symbol");
    assertEquals(1, Checks.caught(kind, false, List.of(compiler), true).size());
  }

  @Test
  void aValidModelMustHaveNoWarningAndOneNotePerBackref() {
    ModelSpec model = ModelGenerator.generate(3, "fz.m3", 4);
    Map<String, String> generated = Map.of();
    Finding warning =
        new Finding(Kind.WARNING, "/fz/m3/p0/X_.java", 3, "[deprecation] x has been deprecated");
    List<String> problems = Checks.clean(List.of(model), true, List.of(warning), generated);
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("unexpected diagnostic")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("not generated")), problems::toString);
  }

  @Test
  void generatedCodeMayNameSqlOnlyAsQuotedIdentifiers() {
    String good = "Table<Record> TABLE = DSL.table(DSL.name(\"user\"));";
    assertTrue(SqlNameChecks.onlyQuotedNames(Map.of("a/A.java", good)).isEmpty());
    assertEquals(
        1, SqlNameChecks.onlyQuotedNames(Map.of("a/A.java", "DSL.table(\"user\")")).size());
    assertEquals(
        1,
        SqlNameChecks.onlyQuotedNames(Map.of("a/A.java", "DSL.name(\"x; drop table y\")")).size());
  }

  @Test
  void structuresMustHaveWholeRecordsPlainNamesAndPlainOrders() {
    String structure =
        "relata\t1\tentity\ta.A\n"
            + "table\t\tuser\n"
            + "constructor\ttrue\n"
            + "column\tid\tid\tjava.lang.Long\tid\tfield\t\t\n"
            + "relationship\tbs\tONE_TO_MANY\tLIST\ta.B\t\tfk:a.B:aId:false\tSELECT\t\t\t%s\n";
    for (boolean inSource : new boolean[] {false, true}) {
      assertEquals(0, structureProblems(inSource, String.format(structure, "email DESC, id")));
      assertEquals(1, structureProblems(inSource, String.format(structure, "id; drop table y")));
      assertEquals(
          1,
          structureProblems(inSource, String.format(structure, "id").replace("\tuser", "\tx y")));
      assertEquals(
          1,
          structureProblems(
              inSource, String.format(structure, "id").replace("\ttrue", "\ttrue\textra")));
    }
  }

  @Test
  void theStructureInASourceIsItsStringLiteralsUnescaped() {
    String structure = "relata\t1\tentity\ta.A\ntable\t\t\"q\\\u0001\n";
    assertEquals(structure, SqlNameChecks.structure("a/ARelations.java", asSource(structure)));
    assertNull(SqlNameChecks.structure("a/Users_.java", "class Users_ {}"));
  }

  /**
   * How many problems the checks find in {@code structure}, as an entity's {@code ERelations}
   * source holds it or (not {@code inSource}) as a resource.
   */
  private static int structureProblems(boolean inSource, String structure) {
    Map<String, String> file =
        inSource
            ? Map.of("a/ARelations.java", asSource(structure))
            : Map.of("META-INF/relata/a.A.relata", structure);
    return SqlNameChecks.onlyQuotedNames(file).size();
  }

  /** {@code structure} as generated code passes it: one string literal per record, joined. */
  private static String asSource(String structure) {
    List<String> literals = new ArrayList<>();
    for (String record : structure.split("(?<=\n)")) {
      StringBuilder literal = new StringBuilder("\"");
      for (char c : record.toCharArray()) {
        switch (c) {
          case '\t' -> literal.append("\\t");
          case '\n' -> literal.append("\\n");
          case '"' -> literal.append("\\\"");
          case '\\' -> literal.append("\\\\");
          default ->
              literal.append(c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
      literals.add(literal.append('"').toString());
    }
    return "  public static final EntityType<A> TYPE = EntityType.<A>bootstrap(MethodHandles.lookup(),"
        + " A.class,\n      "
        + String.join("\n          + ", literals)
        + ");\n\n  public static final Table<Record> TABLE = TYPE.table();\n";
  }
}
