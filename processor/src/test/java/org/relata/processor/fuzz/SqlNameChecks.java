package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relata.processor.fuzz.ModelSpec.ClassSpec;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;
import org.relata.processor.model.Names;

/**
 * Checks the SQL names that the processor hands the runtime. Every table and column has the name
 * the annotations give it (snake_case by default, {@code @Column} and {@code table} when written),
 * in the class's structure (an entity's in the string its {@code ERelations} passes to {@code
 * EntityType.bootstrap}, an association table's in its resource), whose records all have their
 * fields, whose SQL names are plain identifiers and whose {@code orderBy}s are lists of identifiers
 * with directions; and no generated source hands jOOQ a string as SQL.
 */
final class SqlNameChecks {
  /** A jOOQ call that would take its string as SQL: the plain-SQL overloads and unquoted names. */
  private static final Pattern PLAIN_SQL =
      Pattern.compile(
          "DSL\\.(table|field|condition|sql|query|unquotedName|keyword|inline)\\(\\s*\"");

  private static final Pattern NAME = Pattern.compile("DSL\\.name\\(([^)]*)\\)");
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("\"[A-Za-z_][A-Za-z0-9_]*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** What an {@code orderBy} may say once validated: identifiers, each with ASC or DESC. */
  private static final Pattern ORDER_ITEMS =
      Pattern.compile(
          "\\s*[A-Za-z_]\\w*(\\s+(?i:asc|desc))?\\s*(,\\s*[A-Za-z_]\\w*(\\s+(?i:asc|desc))?\\s*)*");

  /** The number of fields of each record of a structure, its kind included. */
  private static final Map<String, Integer> FIELDS =
      Map.of("relata", 4, "table", 3, "constructor", 2, "column", 8, "relationship", 11);

  private SqlNameChecks() {}

  /**
   * The generated file that holds the structure of {@code c}: an entity's {@code ERelations}
   * source, relative to the source output, or an association table's resource, relative to the
   * class output.
   */
  static String structureFile(ClassSpec c) {
    if (c instanceof EntitySpec e) {
      return e.pkg.replace('.', '/') + "/" + e.flatName() + "Relations.java";
    }
    return "META-INF/relata/" + c.binaryName() + ".relata";
  }

  /**
   * The structure in the generated {@code file}: a resource's text, or the string literals that a
   * source passes to {@code bootstrap(}, joined and unescaped; null for a source without one.
   */
  static String structure(String file, String text) {
    if (file.endsWith(".relata")) {
      return text;
    }
    int at = text.indexOf("bootstrap(");
    if (at < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = at; i < text.length() && text.charAt(i) != ';'; i++) {
      if (text.charAt(i) != '"') {
        continue;
      }
      for (i++; text.charAt(i) != '"'; i++) {
        char c = text.charAt(i);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        c = text.charAt(++i);
        switch (c) {
          case 't' -> out.append('\t');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** Each class's structure names its table and every column as the model says. */
  static List<String> names(ModelSpec model, Map<String, String> generated) {
    List<String> problems = new ArrayList<>();
    List<ClassSpec> classes = new ArrayList<>(model.entities);
    classes.addAll(model.tables);
    for (ClassSpec c : classes) {
      String file = structureFile(c);
      String text = generated.containsKey(file) ? structure(file, generated.get(file)) : null;
      if (text == null) {
        continue; // reported as not generated
      }
      String explicit = c instanceof EntitySpec e ? e.table : ((TableSpec) c).table;
      String table = explicit != null ? explicit : Names.snakeCase(c.name);
      expect(problems, file, text, "\ntable\t\t" + table + "\n");
      for (ColumnSpec column : c.columns) {
        expect(
            problems, file, text, "\ncolumn\t" + column.name + "\t" + column.columnName() + "\t");
      }
    }
    return problems;
  }

  /**
   * No generated source hands jOOQ a string as SQL or a {@code DSL.name} part that is no
   * identifier; every record of a structure has all its fields, its SQL names are identifiers and
   * its {@code orderBy} is a list of identifiers with directions.
   */
  static List<String> onlyQuotedNames(Map<String, String> generated) {
    List<String> problems = new ArrayList<>();
    generated.forEach(
        (file, text) -> {
          String structure = structure(file, text);
          if (structure != null) {
            problems.addAll(structureProblems(file, structure));
          }
          if (file.endsWith(".relata")) {
            return;
          }
          Matcher plain = PLAIN_SQL.matcher(text);
          while (plain.find()) {
            problems.add(file + " passes plain SQL to jOOQ: " + plain.group());
          }
          Matcher name = NAME.matcher(text);
          while (name.find()) {
            for (String part : name.group(1).split(",")) {
              if (!PLAIN_IDENTIFIER.matcher(part.trim()).matches()) {
                problems.add(
                    file + " names something that is not a plain identifier: " + name.group());
              }
            }
          }
        });
    return problems;
  }

  private static List<String> structureProblems(String file, String text) {
    List<String> problems = new ArrayList<>();
    if (!text.endsWith("\n")) {
      problems.add(file + " does not end its last record with a line break");
    }
    for (String line : text.split("\n")) {
      String[] fields = line.split("\t", -1);
      Integer expected = FIELDS.get(fields[0]);
      if (expected == null || fields.length != expected) {
        problems.add(file + " has a malformed record: " + line.replace("\t", "\\t"));
        continue;
      }
      List<String> sqlNames =
          switch (fields[0]) {
            case "table" -> List.of(fields[2]);
            case "column" -> List.of(fields[2]);
            default -> List.of();
          };
      for (String n : sqlNames) {
        if (!IDENTIFIER.matcher(n).matches()) {
          problems.add(file + " names something that is not a plain identifier: " + n);
        }
      }
      if (fields[0].equals("relationship")
          && !fields[10].isEmpty()
          && !ORDER_ITEMS.matcher(fields[10]).matches()) {
        problems.add(
            file
                + " hands the runtime an orderBy that is not a list of identifiers: "
                + fields[10]);
      }
    }
    return problems;
  }

  private static void expect(List<String> problems, String file, String text, String expected) {
    if (!text.contains(expected)) {
      problems.add(file + " lacks " + expected.strip().replace("\t", "\\t"));
    }
  }
}
