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

  /** {@code public static final Table<Record> TABLE = Tables.table("t");} */
  static FieldSpec tableField(String tableName) {
    return FieldSpec.builder(
            RuntimeNames.TABLE_OF_RECORD, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table {@code $L}.\n", tableName)
        .initializer("$T.table($S)", RuntimeNames.TABLES, tableName)
        .build();
  }

  /**
   * The typed jOOQ field of a column, qualified by its table; an enum is stored by name in a
   * VARCHAR.
   */
  static FieldSpec columnField(String tableName, ColumnModel column, String constant) {
    TypeName type = RuntimeNames.columnType(column.type());
    // Tables.column/enumColumn, not DSL.field: resolving DSL.field's many overloads is costly
    // when a model has thousands of columns.
    CodeBlock init =
        CodeBlock.of(
            "$T.$L($S, $S, $T.class)",
            RuntimeNames.TABLES,
            RuntimeNames.isEnum(column.type()) ? "enumColumn" : "column",
            tableName,
            column.columnName(),
            type);
    return FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeNames.FIELD, type),
            constant,
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The column {@code $L.$L}.\n", tableName, column.columnName())
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
