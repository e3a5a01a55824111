package org.relata.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * What a database error says about the mapping: which constraint refused a row, on which table and
 * columns, and which mapped column or table the database does not have. It reads the error texts of
 * PostgreSQL and H2, which name the constraint; where a text says less, the fields stay null.
 */
final class DatabaseErrors {
  /** SQL states of a column or table that does not exist: PostgreSQL's, then H2's. */
  private static final Set<String> UNDEFINED =
      Set.of("42703", "42P01", "42S22", "42S02", "42122", "42102");

  // PostgreSQL: ... violates unique constraint "x" / ... violates foreign key constraint "x" on
  // table "t"; Detail: Key (a, b)=(...) ...
  private static final Pattern PG_CONSTRAINT =
      Pattern.compile("constraint \"([^\"]+)\"(?: on table \"([^\"]+)\")?");
  private static final Pattern PG_TABLE = Pattern.compile("on table \"([^\"]+)\"");
  private static final Pattern PG_KEY = Pattern.compile("Key \\(([^)]*)\\)=");
  // H2: Unique index or primary key violation: "s.name_INDEX_2 ON s.t(a NULLS FIRST, b) ..."
  private static final Pattern H2_UNIQUE =
      Pattern.compile(
          "violation: \"(?:[^\".\\s]+\\.)?(.+?)(?:_INDEX_\\w+)? ON ([^(\\s]+)\\(([^)]*)\\)");
  // H2: Referential integrity constraint violation: "name: s.t FOREIGN KEY(a) REFERENCES s.u(id)
  private static final Pattern H2_FOREIGN =
      Pattern.compile("violation: \"([^:\"]+): ([^\\s]+) FOREIGN KEY\\(([^)]*)\\)");

  private DatabaseErrors() {}

  /**
   * The constraint that refused a statement.
   *
   * @param name its name, or null when the error text does not give it
   * @param table the table holding the constraint (the referencing table of a foreign key), or null
   * @param columns its columns, or empty
   */
  record Constraint(String name, String table, List<String> columns) {
    @Override
    public String toString() {
      return (name == null ? "a constraint" : name)
          + (table == null ? "" : " on \"" + table + "\"")
          + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")");
    }
  }

  /**
   * The constraint that {@code e} names, with as much as its text says; its table is {@code table}
   * when the text does not name one.
   */
  static Constraint constraint(DataAccessException e, Table<?> table) {
    Constraint c = constraint(e);
    return c.table() != null ? c : new Constraint(c.name(), table.getName(), c.columns());
  }

  /** The constraint that {@code e} names, with as much as its text says. */
  static Constraint constraint(DataAccessException e) {
    String text = String.valueOf(e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      text = text + "\n" + cause.getMessage();
    }
    Matcher h2 = H2_UNIQUE.matcher(text);
    if (h2.find()) {
      return new Constraint(h2.group(1), last(h2.group(2)), columns(h2.group(3)));
    }
    Matcher h2fk = H2_FOREIGN.matcher(text);
    if (h2fk.find()) {
      return new Constraint(h2fk.group(1), last(h2fk.group(2)), columns(h2fk.group(3)));
    }
    Matcher pg = PG_CONSTRAINT.matcher(text);
    if (pg.find()) {
      String table = pg.group(2);
      if (table == null) {
        Matcher t = PG_TABLE.matcher(text);
        table = t.find() ? t.group(1) : null;
      }
      // On a DELETE, the detail's key is the referenced one, not the constraint's columns.
      Matcher key = PG_KEY.matcher(text);
      boolean ownKey = pg.group(2) == null && key.find();
      return new Constraint(pg.group(1), table, ownKey ? columns(key.group(1)) : List.of());
    }
    return new Constraint(null, null, List.of());
  }

  private static String last(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static List<String> columns(String list) {
    List<String> columns = new ArrayList<>();
    for (String c : list.split(",")) {
      String name = c.trim().replace("\"", "");
      int space = name.indexOf(' ');
      columns.add(space < 0 ? name : name.substring(0, space)); // "a NULLS FIRST"
    }
    return columns;
  }

  /**
   * {@code e} as a {@link SchemaMismatchException} when it says that a mapped column or table does
   * not exist, naming the entity and field; else null.
   */
  static SchemaMismatchException missing(DataAccessException e) {
    if (!UNDEFINED.contains(e.sqlState())) {
      return null;
    }
    // The statement names the tables; the driver's own text, without the statement, the column.
    String text = String.valueOf(e.getMessage());
    String error = e.getCause() == null ? text : String.valueOf(e.getCause().getMessage());
    int statement = error.indexOf("SQL statement:");
    error = statement < 0 ? error : error.substring(0, statement);
    List<SchemaMismatch> found = new ArrayList<>();
    for (EntityType<?> type : EntityType.registered()) {
      boolean tableNamed = names(text, type.table());
      for (Attribute<?, ?> a : type.attributes()) {
        if (tableNamed && names(error, a.field().getName())) {
          found.add(
              new SchemaMismatch(
                  a.toString(),
                  qualified(type.table()),
                  a.field().getName(),
                  "the database has no such column",
                  "Add the column, or name the existing one with @Column(\"...\") on "
                      + a
                      + "; Schema.validate lists every such difference at once"));
        }
      }
    }
    if (found.isEmpty()) {
      for (EntityType<?> type : EntityType.registered()) {
        if (names(error, type.table())) {
          found.add(
              new SchemaMismatch(
                  type.javaType().getSimpleName(),
                  qualified(type.table()),
                  null,
                  "the database refused a statement on this table: " + e.getMessage(),
                  "Run Schema.validate to compare the mapping with the database"));
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    SchemaMismatchException wrapped = new SchemaMismatchException(found);
    wrapped.initCause(e);
    return wrapped;
  }

  private static boolean names(String text, Table<?> table) {
    return names(text, table.getName());
  }

  /** Whether {@code text} names {@code name} as a whole word, quoted, qualified or bare. */
  private static boolean names(String text, String name) {
    return Pattern.compile(
            "(^|[\\s.\"(])" + Pattern.quote(name) + "($|[\\s.\")])", Pattern.CASE_INSENSITIVE)
        .matcher(text)
        .find();
  }

  static String qualified(Table<?> table) {
    return String.join(".", Arrays.asList(table.getQualifiedName().getName()));
  }

  /**
   * The association tables and entity tables that Relata knows to reference {@code type} through a
   * foreign key named {@code table}: what a DELETE of {@code type}'s rows can run into.
   */
  static List<Attribute<?, ?>> referencesFrom(String table, EntityType<?> type) {
    List<Attribute<?, ?>> keys = new ArrayList<>();
    for (EntityType<?> t : EntityType.registered()) {
      t.relationships().forEach(r -> r.join()); // initialises the association tables they use
    }
    for (AssociationType link : AssociationType.registered()) {
      if (link.table().getName().equals(table)) {
        for (Attribute<?, ?> a : link.columns()) {
          if (a.referencedType() == type) {
            keys.add(a);
          }
        }
      }
    }
    for (EntityType<?> t : EntityType.registered()) {
      if (t.table().getName().equals(table)) {
        for (Attribute<?, ?> a : t.attributes()) {
          if (a.isForeignKey() && a.referencedType() == type) {
            keys.add(a);
          }
        }
      }
    }
    return keys;
  }
}
