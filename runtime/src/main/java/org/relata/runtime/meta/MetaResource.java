package org.relata.runtime.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.OnDelete;

/**
 * The structure of one entity or association table, as the processor writes it: for an entity into
 * the string that its {@code ERelations} passes to {@link EntityType#bootstrap}, for an association
 * table into the resource {@code META-INF/relata/<binary name>.relata}. One record per line, fields
 * separated by a tab. This class only parses; {@link Bootstrap} resolves the classes it names.
 */
final class MetaResource {
  /** The version of the format that this runtime reads. */
  static final int VERSION = 1;

  /** What the resource describes. */
  enum Kind {
    ENTITY,
    ASSOCIATION
  }

  /**
   * A column. {@code getter} and {@code setter} are null for a column stored in the field {@code
   * javaName}; {@code fkTarget} is the binary name of the referenced entity, or null.
   */
  record Column(
      String javaName,
      String columnName,
      String valueClass,
      boolean id,
      boolean generated,
      boolean enumerated,
      String getter,
      String setter,
      String fkTarget,
      OnDelete onDelete) {}

  /**
   * How a relationship joins: through the foreign key {@code first} (a Java field name) of the
   * entity {@code tableClass}, or ({@code secondary}) through the table of {@code tableClass},
   * whose columns {@code first} and {@code second} reference the owner and the target.
   */
  record JoinSpec(
      boolean secondary, String tableClass, String first, String second, boolean ownerHoldsKey) {}

  /** A relationship; {@code shape} is null for a scalar side, {@code reverse} null for none. */
  record RelationshipSpec(
      String name,
      RelationshipKind kind,
      CollectionRelationship.Shape shape,
      String targetClass,
      String reverse,
      JoinSpec join,
      Lazy lazy,
      Set<Cascade> cascade,
      boolean passiveDeletes,
      boolean viewonly,
      String orderBy) {}

  /** What was parsed, for error messages: a resource's path or the structure of a class. */
  final String source;

  final Kind kind;
  final String className;
  final String schema;
  final String table;
  final boolean constructor;
  final List<Column> columns;
  final List<RelationshipSpec> relationships;

  private MetaResource(Parser p) {
    this.source = p.source;
    this.kind = p.kind;
    this.className = p.className;
    this.schema = p.schema;
    this.table = p.table;
    this.constructor = p.constructor;
    this.columns = List.copyOf(p.columns);
    this.relationships = List.copyOf(p.relationships);
  }

  /** The resource's path for the class {@code binaryName}. */
  static String path(String binaryName) {
    return "META-INF/relata/" + binaryName + ".relata";
  }

  /** The resource of the class {@code binaryName} as {@code loader} finds it, or null if none. */
  static MetaResource read(ClassLoader loader, String binaryName) {
    String path = path(binaryName);
    ClassLoader l = loader != null ? loader : ClassLoader.getSystemClassLoader();
    try (InputStream in = l.getResourceAsStream(path)) {
      return in == null ? null : parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Parses {@code text}, the content of {@code source} (a resource's path or "the structure of" a
   * class); a clear error naming {@code source} and the line when it is malformed.
   */
  static MetaResource parse(String source, String text) {
    Parser p = new Parser(source);
    String[] lines = text.split("\n", -1);
    // The text ends with a newline, which leaves one empty string after it.
    int count =
        lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      p.line = i + 1;
      p.record(lines[i]);
    }
    p.line = count;
    if (p.kind == null) {
      throw p.error("empty structure");
    }
    if (p.table == null) {
      throw p.error("no table record");
    }
    if (p.kind == Kind.ENTITY && !p.constructorSeen) {
      throw p.error("no constructor record");
    }
    return new MetaResource(p);
  }

  /** The state of one parse. */
  private static final class Parser {
    final String source;
    int line;
    Kind kind;
    String className;
    String schema;
    String table;
    boolean constructor;
    boolean constructorSeen;
    final List<Column> columns = new ArrayList<>();
    final List<RelationshipSpec> relationships = new ArrayList<>();

    Parser(String source) {
      this.source = source;
    }

    void record(String text) {
      String[] f = text.split("\t", -1);
      String type = f[0];
      if (kind == null && !type.equals("relata")) {
        throw error("the first line must be the header 'relata<TAB>version<TAB>kind<TAB>class'");
      }
      switch (type) {
        case "relata" -> header(fields(f, 4));
        case "table" -> {
          f = fields(f, 3);
          if (table != null) {
            throw error("a second table record");
          }
          schema = f[1];
          table = required(f[2], "table name");
        }
        case "constructor" -> {
          f = fields(f, 2);
          constructor = bool(f[1], "constructor");
          constructorSeen = true;
        }
        case "column" -> columns.add(column(fields(f, 8)));
        case "relationship" -> {
          if (kind != Kind.ENTITY) {
            throw error("an association table has no relationships");
          }
          relationships.add(relationship(fields(f, 11)));
        }
        default -> throw error("unknown record '" + type + "'");
      }
    }

    private void header(String[] f) {
      if (kind != null) {
        throw error("a second header");
      }
      int version;
      try {
        version = Integer.parseInt(f[1]);
      } catch (NumberFormatException e) {
        throw error("version '" + f[1] + "' is not a number");
      }
      if (version != VERSION) {
        throw error(
            "unknown version "
                + version
                + "; this runtime reads version "
                + VERSION
                + ": use the Relata processor and runtime of the same release");
      }
      kind = constant(Kind.class, f[2].toUpperCase(java.util.Locale.ROOT), "kind");
      className = required(f[3], "class name");
    }

    private Column column(String[] f) {
      Set<String> flags = flags(f[4], "id", "generated", "enum");
      String getter = null;
      String setter = null;
      if (f[5].startsWith("property:")) {
        String[] parts = f[5].split(":", -1);
        if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
          throw error("access '" + f[5] + "' is not property:<getter>:<setter>");
        }
        getter = parts[1];
        setter = parts[2];
      } else if (!f[5].equals("field")) {
        throw error("access '" + f[5] + "' is neither field nor property:<getter>:<setter>");
      }
      String target = f[6].isEmpty() ? null : f[6];
      OnDelete onDelete =
          target == null ? OnDelete.NO_ACTION : constant(OnDelete.class, f[7], "onDelete");
      if (target == null && !f[7].isEmpty()) {
        throw error("onDelete '" + f[7] + "' without a foreign-key target");
      }
      return new Column(
          required(f[1], "java name"),
          required(f[2], "column name"),
          required(f[3], "value class"),
          flags.contains("id"),
          flags.contains("generated"),
          flags.contains("enum"),
          getter,
          setter,
          target,
          onDelete);
    }

    private RelationshipSpec relationship(String[] f) {
      CollectionRelationship.Shape shape =
          f[3].equals("SCALAR")
              ? null
              : constant(CollectionRelationship.Shape.class, f[3], "shape");
      Set<String> flags = flags(f[9], "passiveDeletes", "viewonly");
      EnumSet<Cascade> cascade = EnumSet.noneOf(Cascade.class);
      if (!f[8].isEmpty()) {
        for (String c : f[8].split(",", -1)) {
          cascade.add(constant(Cascade.class, c, "cascade"));
        }
      }
      return new RelationshipSpec(
          required(f[1], "relationship name"),
          constant(RelationshipKind.class, f[2], "kind"),
          shape,
          required(f[4], "target class"),
          f[5].isEmpty() ? null : f[5],
          join(f[6]),
          constant(Lazy.class, f[7], "lazy"),
          cascade,
          flags.contains("passiveDeletes"),
          flags.contains("viewonly"),
          f[10]);
    }

    private JoinSpec join(String text) {
      String[] p = text.split(":", -1);
      if (p.length == 4 && p[0].equals("fk") && !p[1].isEmpty() && !p[2].isEmpty()) {
        return new JoinSpec(false, p[1], p[2], null, bool(p[3], "ownerHoldsKey"));
      }
      if (p.length == 4
          && p[0].equals("secondary")
          && !p[1].isEmpty()
          && !p[2].isEmpty()
          && !p[3].isEmpty()) {
        return new JoinSpec(true, p[1], p[2], p[3], false);
      }
      throw error(
          "join '"
              + text
              + "' is neither fk:<holder>:<foreignKey>:<true|false> nor"
              + " secondary:<table>:<ownerColumn>:<targetColumn>");
    }

    /**
     * The record's fields, padded with empty ones to {@code n}: a writer may leave off trailing
     * empty fields.
     */
    private String[] fields(String[] f, int n) {
      if (f.length > n) {
        throw error(f[0] + " has " + (f.length - 1) + " fields, not " + (n - 1));
      }
      if (f.length == n) {
        return f;
      }
      String[] padded = Arrays.copyOf(f, n);
      Arrays.fill(padded, f.length, n, "");
      return padded;
    }

    private String required(String value, String what) {
      if (value == null || value.isEmpty()) {
        throw error("empty " + what);
      }
      return value;
    }

    private boolean bool(String value, String what) {
      if (value != null && (value.equals("true") || value.equals("false"))) {
        return value.equals("true");
      }
      throw error(what + " '" + value + "' is neither true nor false");
    }

    private <T extends Enum<T>> T constant(Class<T> type, String value, String what) {
      try {
        return Enum.valueOf(type, value == null ? "" : value);
      } catch (IllegalArgumentException e) {
        throw error(what + " '" + value + "' is not a constant of " + type.getSimpleName());
      }
    }

    /** The comma-separated {@code text}, each a member of {@code allowed}. */
    private Set<String> flags(String text, String... allowed) {
      if (text == null || text.isEmpty()) {
        return Set.of();
      }
      List<String> known = List.of(allowed);
      Set<String> found = new java.util.HashSet<>();
      for (String flag : text.split(",", -1)) {
        if (!known.contains(flag)) {
          throw error("unknown flag '" + flag + "'; known: " + String.join(", ", known));
        }
        found.add(flag);
      }
      return found;
    }

    IllegalStateException error(String problem) {
      return new IllegalStateException(
          source
              + ", line "
              + line
              + ": "
              + problem
              + ". The Relata processor writes it; recompile the class with it.");
    }
  }
}
