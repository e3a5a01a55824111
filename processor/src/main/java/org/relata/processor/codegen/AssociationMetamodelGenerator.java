package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.Model;

/**
 * Writes the metamodel of an {@code @AssociationTable}: its table, its key fields and its {@code
 * AssociationType}.
 */
final class AssociationMetamodelGenerator extends SourceFileGenerator<AssociationTableModel> {
  AssociationMetamodelGenerator(ProcessingEnvironment env, Model model) {
    super(env, model);
  }

  @Override
  TypeElement originatingElement(AssociationTableModel table) {
    return table.element();
  }

  /** The table's class and the classes of its column values. */
  @Override
  List<Element> uses(AssociationTableModel table) {
    List<Element> used = new ArrayList<>();
    used.add(table.element());
    for (ColumnModel c : table.columns()) {
      Element valueClass = Deprecations.element(c.type());
      if (valueClass != null) {
        used.add(valueClass);
      }
    }
    return used;
  }

  @Override
  TypeSpec.Builder write(AssociationTableModel table) {
    MetamodelNames names = MetamodelNames.of(table);
    ClassName type = ClassName.get(table.element());
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(names.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The metamodel of the association table {@link $T}.\n", type);
    spec.addField(Snippets.tableField(table.schemaName(), table.tableName()));
    for (ColumnModel c : table.columns()) {
      spec.addField(
          Snippets.columnField(
              table.schemaName(), table.tableName(), c, names.column(c.javaName())));
    }
    ParameterizedTypeName anyAttribute =
        ParameterizedTypeName.get(
            RuntimeNames.ATTRIBUTE,
            WildcardTypeName.subtypeOf(Object.class),
            WildcardTypeName.subtypeOf(Object.class));
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.of($T.class, TABLE, $T.<$T>of($>$>",
                RuntimeNames.ASSOCIATION_TYPE,
                type,
                RuntimeNames.LIST,
                anyAttribute);
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnModel c = table.columns().get(i);
      init.add(
          "\n$T.linkColumn($T.class, $S, $L)$L$L",
          RuntimeNames.ATTRIBUTE,
          type,
          c.javaName(),
          names.column(c.javaName()),
          Snippets.references(model, c),
          i + 1 < table.columns().size() ? "," : "");
    }
    init.add("))$<$<");
    spec.addField(
        FieldSpec.builder(
                RuntimeNames.ASSOCIATION_TYPE,
                "TYPE",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The link table as the runtime sees it.\n")
            .initializer(init.build())
            .build());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return spec;
  }
}
