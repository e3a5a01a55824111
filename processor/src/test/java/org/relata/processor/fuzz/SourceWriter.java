package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relata.processor.fuzz.ModelSpec.BackrefSpec;
import org.relata.processor.fuzz.ModelSpec.ClassSpec;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.PlainSpec;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;
import org.relata.processor.model.Names;

/**
 * Writes a {@link ModelSpec} as Java sources, one file per class, the way a user would: with
 * imports only for what each file uses (ecj warns about unused ones), and annotations that name
 * only the attributes that differ from their defaults.
 */
final class SourceWriter {
  private final ModelSpec model;

  private SourceWriter(ModelSpec model) {
    this.model = model;
  }

  /** Every source of {@code model}, keyed by path, such as {@code fz/m1/p0/User.java}. */
  static Map<String, String> sources(ModelSpec model) {
    SourceWriter writer = new SourceWriter(model);
    Map<String, String> sources = new TreeMap<>();
    for (EntitySpec e : model.entities) {
      if (e.outer == null) {
        sources.put(e.path(), writer.entity(e));
      }
    }
    for (TableSpec t : model.tables) {
      sources.put(t.path(), writer.table(t));
    }
    for (PlainSpec p : model.plains) {
      sources.put(p.path(), writer.plain(p));
    }
    return sources;
  }

  private String entity(EntitySpec e) {
    Body body = new Body(e);
    entity(body, e, "");
    return body.file();
  }

  /** Writes entity {@code e} into {@code body}, indented; its nested entities go inside it. */
  private void entity(Body body, EntitySpec e, String indent) {
    Body out = body.indented(indent);
    if (e.deprecation != null) {
      out.line(e.deprecation);
    }
    if (e.annotated) {
      out.line(e.table == null ? "@Entity" : "@Entity(table = " + literal(e.table) + ")");
    }
    String base =
        e.extendsRelations && model.hasRelations(e) ? " extends " + e.flatName() + "Relations" : "";
    out.line("public " + (e.outer == null ? "" : "static ") + "class " + e.name + base + " {");
    for (ColumnSpec c : e.columns) {
      out.line("  " + column(body, c) + ";");
    }
    if (e.hasUnmappedFields) {
      out.line("  transient String cache;");
      out.line("  static final int VERSION = 1;");
    }
    for (RelationshipSpec r : e.relationships) {
      out.line("");
      relationship(out, r);
    }
    for (ColumnSpec c : e.columns) {
      if (c.isPrivate && c.accessors) {
        String property = Names.capitalize(c.name);
        String getter = (c.type.equals("boolean") ? "is" : "get") + property;
        out.line("");
        out.line("  public " + c.type + " " + getter + "() { return " + c.name + "; }");
        out.line(
            "  public void set"
                + property
                + "("
                + c.type
                + " "
                + c.name
                + ") { this."
                + c.name
                + " = "
                + c.name
                + "; }");
      }
    }
    if (e.argsOnlyConstructor || e.extraConstructor) {
      ColumnSpec first = e.columns.get(0);
      out.line("");
      if (e.extraConstructor) {
        out.line("  " + e.name + "() {}");
      }
      out.line(
          "  "
              + e.name
              + "("
              + first.type
              + " "
              + first.name
              + ") { this."
              + first.name
              + " = "
              + first.name
              + "; }");
    }
    if (e.hasEnum) {
      out.line("");
      out.line("  public enum Status { ACTIVE, CLOSED }");
    }
    for (EntitySpec nested : model.entities) {
      if (nested.outer == e) {
        out.line("");
        entity(body, nested, indent + "  ");
      }
    }
    out.line("}");
  }

  private String table(TableSpec t) {
    Body body = new Body(t);
    if (t.annotated) {
      body.line(
          t.table == null ? "@AssociationTable" : "@AssociationTable(" + literal(t.table) + ")");
    }
    if (t.record) {
      List<String> components = new ArrayList<>();
      for (ColumnSpec c : t.columns) {
        components.add(column(body, c));
      }
      body.line("public record " + t.name + "(" + String.join(", ", components) + ") {}");
    } else {
      body.line("public class " + t.name + " {");
      for (ColumnSpec c : t.columns) {
        body.line("  " + column(body, c) + ";");
      }
      body.line("}");
    }
    return body.file();
  }

  private String plain(PlainSpec p) {
    Body body = new Body(p);
    String id = p.entity ? "@Id " : "";
    if (p.entity) {
      body.line("@Entity");
    }
    switch (p.kind) {
      case "record":
        body.line("public record " + p.name + "(" + id + "Long id, String text) {}");
        return body.file();
      case "interface":
        body.line("public interface " + p.name + " {");
        body.line("  " + id + "Long ID = 1L;");
        break;
      case "enum":
        body.line("public enum " + p.name + " {");
        body.line("  ONE, TWO;");
        body.line("  " + id + "Long id;");
        break;
      default:
        body.line("public class " + p.name + " {");
        for (ColumnSpec c : p.columns) {
          body.line("  " + c.type + " " + c.name + ";");
        }
    }
    if (p.strayTarget != null) {
      body.line("");
      body.line("  @Relationship");
      body.line("  java.util.List<" + body.use(p.strayTarget) + "> items;");
    }
    body.line("}");
    return body.file();
  }

  /** A basic field without its semicolon, annotations first. */
  private static String column(Body body, ColumnSpec c) {
    List<String> parts = new ArrayList<>();
    if (c.deprecation != null) {
      parts.add(c.deprecation);
    }
    if (c.id) {
      parts.add("@Id");
    }
    if (c.rename != null) {
      parts.add("@Column(" + literal(c.rename) + ")");
    }
    if (c.references != null) {
      String target = body.use(c.references) + ".class";
      parts.add(
          c.onDelete == null
              ? "@ForeignKey(" + target + ")"
              : "@ForeignKey(value = " + target + ", onDelete = OnDelete." + c.onDelete + ")");
    }
    if (c.isPrivate) {
      parts.add("private");
    }
    parts.add(c.type);
    parts.add(c.name);
    return String.join(" ", parts);
  }

  /**
   * {@code cascade} without {@code DELETE_ORPHAN} unless the side is surely a one-to-many: on a
   * many-to-one or many-to-many it is a compile error of its own
   * ([Relata/DeleteOrphanNotSingleParent]), which the fuzzer does not aim at.
   */
  private static List<String> orphanSafe(List<String> cascade, boolean oneToMany) {
    if (cascade == null || oneToMany || !cascade.contains("DELETE_ORPHAN")) {
      return cascade;
    }
    List<String> kept = new ArrayList<>(cascade);
    kept.remove("DELETE_ORPHAN");
    return kept;
  }

  private static void relationship(Body body, RelationshipSpec r) {
    List<String> attributes = new ArrayList<>();
    if (!r.backPopulates.isEmpty()) {
      attributes.add("backPopulates = " + literal(r.backPopulates));
    }
    if (r.secondary != null) {
      attributes.add("secondary = " + body.use(r.secondary) + ".class");
    }
    if (!r.foreignKey.isEmpty()) {
      attributes.add("foreignKey = " + literal(r.foreignKey));
    }
    List<String> cascade = orphanSafe(r.cascade, r.isCollection() && r.secondary == null);
    options(attributes, r.lazy, cascade, r.passiveDeletes, r.viewonly, r.orderBy);
    if (r.deprecation != null) {
      body.line("  " + r.deprecation);
    }
    if (r.annotated) {
      body.line(
          "  @Relationship"
              + (attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")"));
    }
    BackrefSpec b = r.backref;
    if (b != null) {
      List<String> backref = new ArrayList<>();
      options(
          backref, b.lazy, orphanSafe(b.cascade, false), b.passiveDeletes, b.viewonly, b.orderBy);
      if (b.uselist != null) {
        backref.add("uselist = " + b.uselist);
      }
      body.line(
          backref.isEmpty()
              ? "  @Backref(" + literal(b.name) + ")"
              : "  @Backref(value = " + literal(b.name) + ", " + String.join(", ", backref) + ")");
    }
    String modifiers = (r.isPrivate ? "private " : "") + (r.isStatic ? "static " : "");
    body.line("  " + modifiers + type(body, r) + " " + r.name + ";");
  }

  private static String type(Body body, RelationshipSpec r) {
    if (r.typeOverride != null) {
      return r.typeOverride.replace("$T", body.use(r.target));
    }
    String target = body.use(r.target);
    if (r.container == null) {
      return target;
    }
    body.imports.add("java.util." + r.container);
    return r.container + "<" + target + ">";
  }

  private static void options(
      List<String> attributes,
      String lazy,
      List<String> cascade,
      boolean passiveDeletes,
      boolean viewonly,
      String orderBy) {
    if (lazy != null) {
      attributes.add("lazy = Lazy." + lazy);
    }
    if (cascade != null) {
      List<String> constants = new ArrayList<>();
      cascade.forEach(c -> constants.add("Cascade." + c));
      attributes.add(
          constants.size() == 1
              ? "cascade = " + constants.get(0)
              : "cascade = {" + String.join(", ", constants) + "}");
    }
    if (passiveDeletes) {
      attributes.add("passiveDeletes = true");
    }
    if (viewonly) {
      attributes.add("viewonly = true");
    }
    if (!orderBy.isEmpty()) {
      attributes.add("orderBy = " + literal(orderBy));
    }
  }

  /** A Java string literal; mutations put quotes and backslashes into names. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** One compilation unit under construction: its lines, and the imports they need. */
  private static final class Body {
    private final ClassSpec self;
    private final TreeSet<String> imports;
    private final StringBuilder lines;
    private final String indent;

    Body(ClassSpec self) {
      this(self, new TreeSet<>(), new StringBuilder(), "");
    }

    private Body(ClassSpec self, TreeSet<String> imports, StringBuilder lines, String indent) {
      this.self = self;
      this.imports = imports;
      this.lines = lines;
      this.indent = indent;
    }

    /** The same unit, writing its lines {@code indent} further in. */
    Body indented(String more) {
      return new Body(self, imports, lines, indent + more);
    }

    void line(String line) {
      lines.append(line.isEmpty() ? "" : indent + line).append('\n');
    }

    /** The name to write for {@code type}, importing its top-level class from another package. */
    String use(ClassSpec type) {
      if (!type.pkg.equals(self.pkg)) {
        imports.add(type.topLevel().qualifiedName());
      }
      return type.sourceName();
    }

    String file() {
      StringBuilder out = new StringBuilder("package " + self.pkg + ";\n\n");
      for (String i : imports) {
        out.append("import ").append(i).append(";\n");
      }
      if (!(self instanceof PlainSpec p) || p.entity || p.strayTarget != null) {
        out.append("import org.relata.*;\n");
      }
      return out.append('\n').append(lines).toString();
    }
  }
}
