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
 * Checks the SQL names in generated metamodels: every table and column has the name the annotations
 * give it (snake_case by default, {@code @Column} and {@code table} when written), and reaches jOOQ
 * only as a quoted name, through {@code Tables.table/column/enumColumn} (which wrap {@code
 * DSL.name(...)}) or {@code DSL.name(...)} itself, never as plain SQL text.
 */
final class SqlNameChecks {
  /** A jOOQ call that would take its string as SQL: the plain-SQL overloads and unquoted names. */
  private static final Pattern PLAIN_SQL =
      Pattern.compile(
          "DSL\\.(table|field|condition|sql|query|unquotedName|keyword|inline)\\(\\s*\"");

  private static final Pattern NAME = Pattern.compile("DSL\\.name\\(([^)]*)\\)");

  /** The name arguments of the generated {@code Tables} calls: a table, then maybe a column. */
  private static final Pattern TABLES_NAME =
      Pattern.compile(
          "Tables\\.(?:table|column|enumColumn)\\((\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")?)");

  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("\"[A-Za-z_][A-Za-z0-9_]*\"");
  private static final Pattern ORDER_BY = Pattern.compile("\\.orderBy\\((\"[^\"]*\")\\)");

  /** What an {@code orderBy} may say once validated: identifiers, each with ASC or DESC. */
  private static final Pattern ORDER_ITEMS =
      Pattern.compile(
          "\"\\s*[A-Za-z_]\\w*(\\s+(?i:asc|desc))?\\s*(,\\s*[A-Za-z_]\\w*(\\s+(?i:asc|desc))?\\s*)*\"");

  private SqlNameChecks() {}

  /** Each class's metamodel names its table and every column as the model says. */
  static List<String> names(ModelSpec model, Map<String, String> generated) {
    List<String> problems = new ArrayList<>();
    List<ClassSpec> classes = new ArrayList<>(model.entities);
    classes.addAll(model.tables);
    for (ClassSpec c : classes) {
      String file = c.pkg.replace('.', '/') + "/" + c.flatName() + "_.java";
      String source = generated.get(file);
      if (source == null) {
        continue; // reported as not generated
      }
      String explicit = c instanceof EntitySpec e ? e.table : ((TableSpec) c).table;
      String table = explicit != null ? explicit : Names.snakeCase(c.name);
      expect(problems, file, source, "Tables.table(\"" + table + "\")");
      for (ColumnSpec column : c.columns) {
        String args = "(\"" + table + "\", \"" + column.columnName() + "\", ";
        if (!source.contains("Tables.column" + args)
            && !source.contains("Tables.enumColumn" + args)) {
          problems.add(file + " lacks the column " + table + "." + column.columnName());
        }
      }
    }
    return problems;
  }

  /**
   * No generated file hands jOOQ a string as SQL, every {@code DSL.name} part is an identifier, and
   * every {@code orderBy} handed to the runtime is a list of identifiers with directions.
   */
  static List<String> onlyQuotedNames(Map<String, String> generated) {
    List<String> problems = new ArrayList<>();
    generated.forEach(
        (file, source) -> {
          Matcher plain = PLAIN_SQL.matcher(source);
          while (plain.find()) {
            problems.add(file + " passes plain SQL to jOOQ: " + plain.group());
          }
          Matcher orderBy = ORDER_BY.matcher(source);
          while (orderBy.find()) {
            if (!ORDER_ITEMS.matcher(orderBy.group(1)).matches()) {
              problems.add(
                  file
                      + " hands the runtime an orderBy that is not a list of identifiers: "
                      + orderBy.group());
            }
          }
          for (Pattern pattern : List.of(NAME, TABLES_NAME)) {
            Matcher name = pattern.matcher(source);
            while (name.find()) {
              for (String part : name.group(1).split(",")) {
                if (!PLAIN_IDENTIFIER.matcher(part.trim()).matches()) {
                  problems.add(
                      file + " names something that is not a plain identifier: " + name.group());
                }
              }
            }
          }
        });
    return problems;
  }

  private static void expect(List<String> problems, String file, String source, String text) {
    if (!source.contains(text)) {
      problems.add(file + " lacks " + text);
    }
  }
}
