package org.relata.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Meta;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.relata.runtime.meta.AssociationType;
import org.relata.runtime.meta.Attribute;
import org.relata.runtime.meta.EntityType;

/**
 * Compares the mapping of entities and association tables with the live database, as jOOQ's {@link
 * Meta} describes it: tables, columns, types, nullability, primary keys, foreign keys, the UNIQUE
 * key of a one-to-one and the key of a link table. It collects every difference; {@link
 * Schema#validate} throws them at once.
 */
final class SchemaCheck {
  private final Meta meta;
  private final String currentSchema;
  private final Map<String, Map<String, Table<?>>> tablesBySchema = new HashMap<>();
  final List<SchemaMismatch> found = new ArrayList<>();

  private SchemaCheck(DSLContext dsl) {
    this.meta = dsl.meta();
    this.currentSchema = dsl.select(DSL.currentSchema()).fetchOne(0, String.class);
  }

  static List<SchemaMismatch> check(DSLContext dsl, MappedTables mapped) {
    SchemaCheck check = new SchemaCheck(dsl);
    for (EntityType<?> type : mapped.entities) {
      check.entity(type);
    }
    for (AssociationType link : mapped.associations) {
      check.association(link);
    }
    return check.found;
  }

  // ---- entities ----

  private void entity(EntityType<?> type) {
    String owner = type.javaType().getSimpleName();
    Table<?> table = table(owner, type.table(), "@Entity(table = ..., schema = ...) on " + owner);
    if (table == null) {
      return;
    }
    Set<String> mapped = new LinkedHashSet<>();
    for (Attribute<?, ?> a : type.attributes()) {
      mapped.add(a.field().getName());
      Field<?> column = column(table, a);
      if (column != null && !a.isId() && column.getDataType().nullable() && isPrimitive(a)) {
        add(
            a,
            table,
            "the column is nullable, but the field is a primitive, which cannot hold NULL",
            "Declare the field with its wrapper type, or make the column NOT NULL.");
      }
    }
    unmappedRequired(owner, table, mapped);
    UniqueKey<?> pk = table.getPrimaryKey();
    List<String> ids = new ArrayList<>();
    for (Attribute<?, ?> id : type.ids()) {
      ids.add(id.field().getName());
    }
    if (pk == null) {
      add(
          owner,
          table,
          null,
          "the table has no primary key; the @Id columns are " + ids,
          "Add PRIMARY KEY " + columns(ids) + " to the table.");
    } else if (!Set.copyOf(names(pk.getFields())).equals(Set.copyOf(ids))) {
      add(
          owner,
          table,
          null,
          "the primary key is " + columns(names(pk.getFields())) + ", the @Id fields map " + ids,
          "Put @Id on the fields of the primary key's columns, or change the primary key.");
    }
    Set<Attribute<?, ?>> oneToOne = MappedTables.oneToOneKeys(type);
    for (Attribute<?, ?> a : type.attributes()) {
      if (a.isForeignKey() && column(table, a, false) != null) {
        foreignKey(table, a);
        if (oneToOne.contains(a) && !isUnique(table, a.field().getName())) {
          add(
              a,
              table,
              "a one-to-one joins on this key, but no UNIQUE constraint keeps it to one row per "
                  + a.referencedType().javaType().getSimpleName(),
              "Add UNIQUE (" + a.field().getName() + ") to the table.");
        }
      }
    }
  }

  /** NOT NULL columns that no field maps and that the database cannot fill: INSERTs would fail. */
  private void unmappedRequired(String owner, Table<?> table, Set<String> mapped) {
    for (Field<?> f : table.fields()) {
      DataType<?> t = f.getDataType();
      if (!mapped.contains(f.getName()) && !t.nullable() && !t.defaulted() && !t.identity()) {
        add(
            owner,
            table,
            f.getName(),
            "the column is NOT NULL without a default, and no field maps it, so every INSERT of "
                + owner
                + " fails",
            "Map it to a field, or give the column a default (then mark the field"
                + " @Column(generated = true)), or make it nullable.");
      }
    }
  }

  // ---- association tables ----

  private void association(AssociationType link) {
    String owner = link.declaringType().getSimpleName();
    Table<?> table =
        table(owner, link.table(), "@AssociationTable(value = ..., schema = ...) on " + owner);
    if (table == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Attribute<?, ?> a : link.columns()) {
      names.add(a.field().getName());
      Field<?> column = column(table, a);
      if (column != null && column.getDataType().nullable()) {
        add(
            a,
            table,
            "a link-table column is nullable",
            "Make it NOT NULL: a link row joins two existing rows.");
      }
      if (column != null) {
        foreignKey(table, a);
      }
    }
    boolean keyed = false;
    for (UniqueKey<?> key : table.getKeys()) {
      keyed |= Set.copyOf(names(key.getFields())).equals(Set.copyOf(names));
    }
    for (Index index : table.getIndexes()) {
      keyed |=
          index.getUnique() && Set.copyOf(sortNames(index.getFields())).equals(Set.copyOf(names));
    }
    if (!keyed) {
      add(
          owner,
          table,
          null,
          "the link table has no primary key over "
              + columns(names)
              + ", so a link could be"
              + " stored twice",
          "Add PRIMARY KEY " + columns(names) + " to the table.");
    }
  }

  // ---- shared checks ----

  /** The table of the database that {@code mapped} names, or null after reporting it missing. */
  private Table<?> table(String owner, Table<?> mapped, String annotation) {
    String[] parts = mapped.getQualifiedName().getName();
    String schema = parts.length > 1 ? parts[parts.length - 2] : currentSchema;
    String name = parts[parts.length - 1];
    Map<String, Table<?>> tables = tables(schema);
    if (tables == null) {
      add(
          owner,
          mapped,
          null,
          "the schema " + schema + " does not exist",
          "Create the schema (Relata never creates schemas), or correct " + annotation + ".");
      return null;
    }
    Table<?> table = tables.get(name);
    if (table != null) {
      return table;
    }
    String near = null;
    for (String other : tables.keySet()) {
      if (other.equalsIgnoreCase(name)) {
        near = other;
      }
    }
    add(
        owner,
        mapped,
        null,
        near == null
            ? "the table does not exist in schema " + schema
            : "the table does not exist, but "
                + near
                + " does: Relata quotes every name, so the"
                + " case must match",
        near == null
            ? "Create it (Schema.create, or a migration), or correct " + annotation + "."
            : "Create the table with the quoted name \""
                + name
                + "\", or set "
                + annotation
                + " to \""
                + near
                + "\".");
    return null;
  }

  private Map<String, Table<?>> tables(String schema) {
    if (!tablesBySchema.containsKey(schema)) {
      Map<String, Table<?>> tables = null;
      for (org.jooq.Schema s : meta.getSchemas()) {
        if (s.getName().equals(schema)) {
          tables = new HashMap<>();
          for (Table<?> t : s.getTables()) {
            tables.put(t.getName(), t);
          }
        }
      }
      tablesBySchema.put(schema, tables);
    }
    return tablesBySchema.get(schema);
  }

  private Field<?> column(Table<?> table, Attribute<?, ?> a) {
    return column(table, a, true);
  }

  /**
   * The column of {@code table} that {@code a} maps, or null; with {@code report}, a missing column
   * and an incompatible type are reported.
   */
  private Field<?> column(Table<?> table, Attribute<?, ?> a, boolean report) {
    String name = a.field().getName();
    for (Field<?> f : table.fields()) {
      if (f.getName().equals(name)) {
        if (report && !compatible(a.field().getDataType(), f.getDataType())) {
          add(
              a,
              table,
              "the column is "
                  + f.getDataType().getTypeName()
                  + ", which does not hold the field's "
                  + a.field().getType().getSimpleName(),
              "Change the field's type, or the column's.");
        }
        return f;
      }
    }
    if (report) {
      add(
          a,
          table,
          "the column does not exist; the table has " + names(List.of(table.fields())),
          "Add the column, or name the existing one with @Column(\"...\") on " + a + ".");
    }
    return null;
  }

  private void foreignKey(Table<?> table, Attribute<?, ?> a) {
    EntityType<?> target = a.referencedType();
    String[] wanted = target.table().getQualifiedName().getName();
    String wantedSchema = wanted.length > 1 ? wanted[wanted.length - 2] : currentSchema;
    String wantedTable = wanted[wanted.length - 1];
    String wantedColumn = target.ids().get(0).field().getName();
    List<String> others = new ArrayList<>();
    for (ForeignKey<?, ?> fk : table.getReferences()) {
      if (!names(fk.getFields()).equals(List.of(a.field().getName()))) {
        continue;
      }
      Table<?> referenced = fk.getKey().getTable();
      String schema =
          referenced.getSchema() == null ? currentSchema : referenced.getSchema().getName();
      List<String> keyColumns = names(fk.getKeyFields());
      if (referenced.getName().equals(wantedTable)
          && schema.equals(wantedSchema)
          && keyColumns.equals(List.of(wantedColumn))) {
        return;
      }
      others.add(fk.getName() + " references " + schema + "." + referenced.getName() + keyColumns);
    }
    String expected = wantedSchema + "." + wantedTable + "(" + wantedColumn + ")";
    add(
        a,
        table,
        others.isEmpty()
            ? "there is no foreign key to " + expected
            : "the foreign key is wrong: " + String.join(", ", others) + ", not " + expected,
        "Make the column reference "
            + expected
            + ", or point @ForeignKey on "
            + a
            + " at the entity it references.");
  }

  private static boolean isUnique(Table<?> table, String column) {
    for (UniqueKey<?> key : table.getKeys()) {
      if (names(key.getFields()).equals(List.of(column))) {
        return true;
      }
    }
    for (Index index : table.getIndexes()) {
      if (index.getUnique() && sortNames(index.getFields()).equals(List.of(column))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a value of the mapped type survives the column: the same kind (integer, decimal, text,
   * boolean, date, time, timestamp, binary, uuid), and no integer column wider than its field. A
   * type this check does not know is taken as compatible.
   */
  static boolean compatible(DataType<?> mapped, DataType<?> column) {
    String m = kind(mapped);
    String c = kind(column);
    if (m == null || c == null) {
      return true;
    }
    if (m.equals("integer") && c.equals("integer")) {
      return width(mapped) >= width(column);
    }
    boolean numbers = (m.equals("integer") || m.equals("decimal")) && c.equals("decimal");
    return m.equals(c) || numbers || (m.equals("decimal") && c.equals("integer"));
  }

  private static String kind(DataType<?> type) {
    DataType<?> t = type.getSQLDataType() == null ? type : type.getSQLDataType();
    if (t.isBoolean()) {
      return "boolean";
    }
    if (t.isInteger()) {
      return "integer";
    }
    if (t.isNumeric()) {
      return "decimal";
    }
    if (t.isString()) {
      return "text";
    }
    if (t.isTimestamp() || t.isTimestampWithTimeZone()) {
      return "timestamp";
    }
    if (t.isDate()) {
      return "date";
    }
    if (t.isTime() || t.isTimeWithTimeZone()) {
      return "time";
    }
    if (t.isBinary()) {
      return "binary";
    }
    return t.getType() == java.util.UUID.class ? "uuid" : null;
  }

  private static int width(DataType<?> type) {
    Class<?> t = (type.getSQLDataType() == null ? type : type.getSQLDataType()).getType();
    if (t == Byte.class) {
      return 1;
    }
    if (t == Short.class) {
      return 2;
    }
    return t == Integer.class ? 4 : 8;
  }

  /**
   * Whether the field behind {@code a} is a primitive; read by reflection, which only {@link
   * Schema} does, never a session.
   */
  static boolean isPrimitive(Attribute<?, ?> a) {
    for (Class<?> c = a.declaringType(); c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(a.name()).getType().isPrimitive();
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return false;
  }

  private static List<String> names(List<? extends Field<?>> fields) {
    List<String> names = new ArrayList<>(fields.size());
    for (Field<?> f : fields) {
      names.add(f.getName());
    }
    return names;
  }

  private static List<String> sortNames(List<SortField<?>> fields) {
    List<String> names = new ArrayList<>(fields.size());
    for (SortField<?> f : fields) {
      names.add(f.getName());
    }
    return names;
  }

  private static String columns(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }

  private void add(Attribute<?, ?> a, Table<?> table, String problem, String fix) {
    add(a.toString(), table, a.field().getName(), problem, fix);
  }

  private void add(String mapping, Table<?> table, String column, String problem, String fix) {
    String[] parts = table.getQualifiedName().getName();
    String schema = parts.length > 1 ? parts[parts.length - 2] : null;
    if (schema == null && table.getSchema() != null) {
      schema = table.getSchema().getName();
    }
    String name = (schema == null ? "" : schema + ".") + table.getName();
    found.add(new SchemaMismatch(mapping, name, column, problem, fix));
  }
}
