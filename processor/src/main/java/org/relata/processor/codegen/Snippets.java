package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JoinModel;
import org.relata.processor.model.Model;

/** Code fragments that entity and association-table metamodels share. */
final class Snippets {
  private Snippets() {}

  /**
   * {@code public static final Table<Record> TABLE = Tables.table("t");}, or {@code
   * Tables.tableIn("s", "t")} for a table in schema {@code s}.
   */
  static FieldSpec tableField(String schemaName, String tableName) {
    CodeBlock init =
        schemaName.isEmpty()
            ? CodeBlock.of("$T.table($S)", RuntimeNames.TABLES, tableName)
            : CodeBlock.of("$T.tableIn($S, $S)", RuntimeNames.TABLES, schemaName, tableName);
    return FieldSpec.builder(
            RuntimeNames.TABLE_OF_RECORD, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table {@code $L}.\n", qualified(schemaName, tableName))
        .initializer(init)
        .build();
  }

  private static String qualified(String schemaName, String tableName) {
    return schemaName.isEmpty() ? tableName : schemaName + "." + tableName;
  }

  /**
   * The typed jOOQ field of a column, qualified by its table; an enum is stored by name in a
   * VARCHAR.
   */
  static FieldSpec columnField(
      String schemaName, String tableName, ColumnModel column, String constant) {
    TypeName type = RuntimeNames.columnType(column.type());
    // Tables.column/enumColumn, not DSL.field: resolving DSL.field's many overloads is costly
    // when a model has thousands of columns.
    String method = RuntimeNames.isEnum(column.type()) ? "enumColumn" : "column";
    CodeBlock init =
        schemaName.isEmpty()
            ? CodeBlock.of(
                "$T.$L($S, $S, $T.class)",
                RuntimeNames.TABLES,
                method,
                tableName,
                column.columnName(),
                type)
            : CodeBlock.of(
                "$T.$LIn($S, $S, $S, $T.class)",
                RuntimeNames.TABLES,
                method,
                schemaName,
                tableName,
                column.columnName(),
                type);
    return FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeNames.FIELD, type),
            constant,
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The column {@code $L.$L}.\n", qualified(schemaName, tableName), column.columnName())
        .initializer(init)
        .build();
  }

  /**
   * {@code .references(User.class, OnDelete.X)} for a foreign key, or nothing when the key's target
   * is not an entity (validation reports that).
   */
  static CodeBlock references(Model model, ColumnModel column) {
    EntityModel target =
        column.isForeignKey() ? model.entity(column.foreignKey().targetName()) : null;
    if (target == null) {
      return CodeBlock.of("");
    }
    return CodeBlock.of(
        ".references($T.class, $T.$L)",
        ClassName.get(target.element()),
        RuntimeNames.ON_DELETE,
        column.foreignKey().onDelete().name());
  }

  /** The runtime {@code Join} that {@code join} describes, to be built lazily inside a lambda. */
  static CodeBlock join(Model model, JoinModel join) {
    if (join instanceof JoinModel.ForeignKeyJoin fk) {
      MetamodelNames holder = MetamodelNames.of(model, fk.holder());
      return CodeBlock.of(
          "$T.foreignKey($T.TYPE.attribute($T.$L), $L)",
          RuntimeNames.JOIN,
          holder.className(),
          holder.className(),
          holder.column(fk.foreignKey().javaName()),
          fk.ownerHoldsKey());
    }
    JoinModel.SecondaryJoin s = (JoinModel.SecondaryJoin) join;
    MetamodelNames table =
        s.table() != null
            ? MetamodelNames.of(s.table())
            : MetamodelNames.of(model, s.associationEntity());
    return CodeBlock.of(
        "$T.secondary($T.TYPE, $T.$L, $T.$L)",
        RuntimeNames.JOIN,
        table.className(),
        table.className(),
        table.column(s.ownerColumn().javaName()),
        table.className(),
        table.column(s.targetColumn().javaName()));
  }
}
