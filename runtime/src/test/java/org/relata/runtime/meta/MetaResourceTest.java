package org.relata.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.OnDelete;

/**
 * The parser of the structure that the processor writes per entity (into its {@code ERelations})
 * and per association table (into a resource).
 */
class MetaResourceTest {
  private static final String PATH = "the structure of a.B";

  private static final String ENTITY =
      "relata\t1\tentity\ta.B\n"
          + "table\ts\tb\n"
          + "constructor\tfalse\n"
          + "column\tid\tid\tjava.lang.Long\tid,generated\tfield\t\t\n"
          + "column\tname\tthe_name\tjava.lang.String\t\tproperty:getName:setName\t\t\n"
          + "column\tcId\tc_id\tjava.lang.Long\t\tfield\ta.C\tCASCADE\n"
          + "relationship\tcs\tONE_TO_MANY\tSET\ta.C\tb\tfk:a.C:bId:false\tJOINED\tALL,DELETE_ORPHAN"
          + "\tpassiveDeletes,viewonly\tname desc\n"
          + "relationship\tc\tMANY_TO_ONE\tSCALAR\ta.C\t\tfk:a.B:cId:true\tSELECT\t\t\t\n";

  @Test
  void parsesEveryRecord() {
    MetaResource r = MetaResource.parse(PATH, ENTITY);
    assertEquals(MetaResource.Kind.ENTITY, r.kind);
    assertEquals("a.B", r.className);
    assertEquals("s", r.schema);
    assertEquals("b", r.table);
    assertFalse(r.constructor);
    assertEquals(
        new MetaResource.Column(
            "id", "id", "java.lang.Long", true, true, false, null, null, null, OnDelete.NO_ACTION),
        r.columns.get(0));
    assertEquals("getName", r.columns.get(1).getter());
    assertEquals("setName", r.columns.get(1).setter());
    assertEquals("a.C", r.columns.get(2).fkTarget());
    assertEquals(OnDelete.CASCADE, r.columns.get(2).onDelete());
    MetaResource.RelationshipSpec cs = r.relationships.get(0);
    assertEquals(CollectionRelationship.Shape.SET, cs.shape());
    assertEquals(new MetaResource.JoinSpec(false, "a.C", "bId", null, false), cs.join());
    assertEquals(Lazy.JOINED, cs.lazy());
    assertEquals(EnumSet.of(Cascade.ALL, Cascade.DELETE_ORPHAN), cs.cascade());
    assertTrue(cs.passiveDeletes() && cs.viewonly());
    assertEquals("name desc", cs.orderBy());
    MetaResource.RelationshipSpec c = r.relationships.get(1);
    assertNull(c.shape());
    assertNull(c.reverse());
    assertTrue(c.cascade().isEmpty());
    assertTrue(c.join().ownerHoldsKey());
  }

  @Test
  void missingTrailingFieldsAreEmpty() {
    MetaResource r =
        MetaResource.parse(
            PATH,
            "relata\t1\tassociation\ta.L\ntable\t\tl\n"
                + "column\tbId\tb_id\tjava.lang.Long\t\tfield\ta.B\tNO_ACTION\n"
                + "column\tx\tx\tjava.lang.Long\t\tfield\n");
    assertEquals(MetaResource.Kind.ASSOCIATION, r.kind);
    assertEquals("", r.schema);
    assertNull(r.columns.get(1).fkTarget());
  }

  @Test
  void aSecondaryJoinNamesItsTableAndBothColumns() {
    MetaResource r =
        MetaResource.parse(
            PATH,
            "relata\t1\tentity\ta.B\ntable\t\tb\nconstructor\ttrue\n"
                + "relationship\tcs\tMANY_TO_MANY\tLIST\ta.C\t\tsecondary:a.L:bId:cId\tSELECT"
                + "\tSAVE_UPDATE,MERGE\t\t\n");
    assertEquals(
        new MetaResource.JoinSpec(true, "a.L", "bId", "cId", false), r.relationships.get(0).join());
  }

  private static String error(String text) {
    return assertThrows(IllegalStateException.class, () -> MetaResource.parse(PATH, text))
        .getMessage();
  }

  @Test
  void malformedResourcesAreNamedWithTheirLineAndProblem() {
    String hint = ". The Relata processor writes it; recompile the class with it.";
    assertEquals(
        PATH
            + ", line 1: unknown version 2; this runtime reads version 1: use the Relata processor"
            + " and runtime of the same release"
            + hint,
        error("relata\t2\tentity\ta.B\n"));
    assertEquals(PATH + ", line 0: empty structure" + hint, error(""));
    assertEquals(
        PATH
            + ", line 1: the first line must be the header"
            + " 'relata<TAB>version<TAB>kind<TAB>class'"
            + hint,
        error("table\t\tb\n"));
    assertEquals(
        PATH + ", line 3: unknown record 'colum'" + hint,
        error("relata\t1\tentity\ta.B\ntable\t\tb\ncolum\tx\n"));
    assertEquals(
        PATH + ", line 2: table has 3 fields, not 2" + hint,
        error("relata\t1\tentity\ta.B\ntable\t\tb\textra\n"));
    assertEquals(PATH + ", line 1: no table record" + hint, error("relata\t1\tentity\ta.B\n"));
    assertEquals(
        PATH + ", line 2: no constructor record" + hint,
        error("relata\t1\tentity\ta.B\ntable\t\tb\n"));
    assertTrue(
        error(ENTITY.replace("JOINED", "EAGER"))
            .contains("line 7: lazy 'EAGER' is not a constant of Lazy"));
    assertTrue(
        error(ENTITY.replace("fk:a.C:bId:false", "fk:a.C:bId"))
            .contains("line 7: join 'fk:a.C:bId' is neither"));
    assertTrue(
        error(ENTITY.replace("id,generated", "id,auto")).contains("line 4: unknown flag 'auto'"));
    assertTrue(
        error(ENTITY.replace("property:getName:setName", "property:getName"))
            .contains("line 5: access 'property:getName' is not property:<getter>:<setter>"));
    assertTrue(
        error(ENTITY.replace("constructor\tfalse", "constructor\tyes"))
            .contains("line 3: constructor 'yes'"));
  }
}
