package org.relata.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relata.processor.fuzz.FuzzCompiler.Finding;
import org.relata.processor.fuzz.FuzzCompiler.Result;
import org.relata.processor.fuzz.ModelSpec.BackrefSpec;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;

/**
 * Issue 8, hostile input: every hostile name the fuzzer knows is refused at compile time, at every
 * place an annotation can name SQL (an entity's table, an association table, a column, an {@code
 * orderBy} and a backref's {@code orderBy}), under javac and ecj. The models are compiled together,
 * one package each, and each must show its own error in its own file.
 */
class HostileNamesTest {
  @Test
  void everyHostileNameIsRefusedEverywhereUnderJavacAndEcj(@TempDir Path ecjFolder)
      throws Exception {
    Map<String, String> sources = new TreeMap<>();
    Map<String, String> expected = new TreeMap<>();
    int n = 0;
    for (String name : Mutation.HOSTILE_NAMES) {
      plant(sources, expected, n++, "SqlNameInvalid", at -> at.user().table = name);
      plant(sources, expected, n++, "SqlNameInvalid", at -> at.link().table = name);
      plant(sources, expected, n++, "SqlNameInvalid", at -> at.user().columns.get(1).rename = name);
    }
    for (String orderBy : Mutation.HOSTILE_ORDER_BYS) {
      plant(sources, expected, n++, "OrderByInvalid", at -> at.tags().orderBy = orderBy);
      plant(sources, expected, n++, "OrderByInvalid", at -> at.backref().orderBy = orderBy);
    }
    try (FuzzCompiler javac = new FuzzCompiler()) {
      assertEachRefused(javac.compile(sources), expected);
    }
    // ecj places nothing on records, so the association table here is a class.
    assertEachRefused(new EcjRun(ecjFolder).compile(sources), expected);
  }

  /** The places of one model that can name SQL. */
  private record Places(
      EntitySpec user, TableSpec link, RelationshipSpec tags, BackrefSpec backref) {}

  /**
   * Model {@code n}: a user with a name column, a many-to-many to a tag through a class table, and
   * a backref from a note; {@code edit} plants one hostile value in it.
   */
  private static void plant(
      Map<String, String> sources,
      Map<String, String> expected,
      int n,
      String id,
      Consumer<Places> edit) {
    String pkg = "hostile.m" + n;
    ModelSpec model = new ModelSpec(pkg);
    EntitySpec user = entity(model, pkg, "User");
    user.columns.add(new ColumnSpec("name", "String"));
    EntitySpec tag = entity(model, pkg, "Tag");
    EntitySpec note = entity(model, pkg, "Note");
    TableSpec link = new TableSpec(pkg, "UserTag");
    link.columns.add(key("userId", user));
    link.columns.add(key("tagId", tag));
    model.tables.add(link);
    RelationshipSpec tags = new RelationshipSpec(user, "tags", tag, "List");
    tags.secondary = link;
    user.relationships.add(tags);
    note.columns.add(key("userId", user));
    RelationshipSpec owner = new RelationshipSpec(note, "user", user, null);
    owner.backref = new BackrefSpec("notes");
    note.relationships.add(owner);
    edit.accept(new Places(user, link, tags, owner.backref));
    sources.putAll(SourceWriter.sources(model));
    expected.put(pkg, id);
  }

  private static EntitySpec entity(ModelSpec model, String pkg, String name) {
    EntitySpec e = new EntitySpec(pkg, name);
    ColumnSpec id = new ColumnSpec("id", "Long");
    id.id = true;
    e.columns.add(id);
    model.entities.add(e);
    return e;
  }

  private static ColumnSpec key(String name, EntitySpec target) {
    ColumnSpec key = new ColumnSpec(name, "Long");
    key.references = target;
    return key;
  }

  /** Each model shows its own error, placed on a line of one of its own files. */
  private static void assertEachRefused(Result result, Map<String, String> expected) {
    assertEquals(List.of(), Checks.crash(result.crash(), result.findings()));
    List<String> missed = new ArrayList<>();
    expected.forEach(
        (pkg, id) -> {
          String dir = "/" + pkg.replace('.', '/') + "/";
          boolean refused = false;
          for (Finding f : result.findings()) {
            refused |=
                f.kind() == Diagnostic.Kind.ERROR
                    && id.equals(f.relataId())
                    && f.placed()
                    && f.file().startsWith(dir);
          }
          if (!refused) {
            missed.add(pkg + " (" + id + ")");
          }
        });
    assertEquals(List.of(), missed, "models whose hostile name was not refused on their own line");
  }
}
