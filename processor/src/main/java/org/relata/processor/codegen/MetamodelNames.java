package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.Names;
import org.relata.processor.model.RelationshipModel;

/**
 * The names of the constants in one generated metamodel class. Columns take UPPER_SNAKE_CASE of
 * their field name first, then relationships; {@code TABLE} and {@code TYPE} are reserved, and a
 * clash gets a trailing underscore, so that every class computes the same names for another's
 * constants.
 */
final class MetamodelNames {
  private final ClassName className;
  private final Map<String, String> columns = new HashMap<>();
  private final Map<String, String> relationships = new HashMap<>();
  private final String accessor;

  private MetamodelNames(
      ClassName className, List<ColumnModel> columns, List<RelationshipModel> relationships) {
    this.className = className;
    Set<String> taken = new HashSet<>(Set.of("TABLE", "TYPE"));
    for (ColumnModel c : columns) {
      this.columns.put(c.javaName(), claim(taken, Names.constantCase(c.javaName())));
    }
    for (RelationshipModel r : relationships) {
      this.relationships.put(r.name(), claim(taken, Names.constantCase(r.name())));
    }
    // Claimed last, so that no public constant ever changes name because of it.
    this.accessor = claim(taken, "ACCESS");
  }

  static MetamodelNames of(Model model, EntityModel entity) {
    return new MetamodelNames(
        metamodelClass(entity.element(), entity.metamodelName()),
        entity.columns(),
        model.relationshipsOf(entity));
  }

  static MetamodelNames of(AssociationTableModel table) {
    return new MetamodelNames(
        metamodelClass(table.element(), table.metamodelName()), table.columns(), List.of());
  }

  /** The generated {@code ERelations} class of {@code entity}. */
  static ClassName relationsClass(EntityModel entity) {
    return ClassName.get(entity.packageName(), entity.relationsName());
  }

  private static ClassName metamodelClass(TypeElement type, String simpleName) {
    return ClassName.get(Names.packageName(type), simpleName);
  }

  private static String claim(Set<String> taken, String name) {
    String n = name;
    while (!taken.add(n)) {
      n = n + "_";
    }
    return n;
  }

  /** The generated metamodel class, such as {@code User_}. */
  ClassName className() {
    return className;
  }

  /** The constant of the column whose field is {@code javaName}. */
  String column(String javaName) {
    return columns.get(javaName);
  }

  /** The constant of the relationship {@code name}. */
  String relationship(String name) {
    return relationships.get(name);
  }

  /** The private constant that holds the entity's accessor. */
  String accessor() {
    return accessor;
  }

  /**
   * The name of the accessor's parameter that stands for an instance of {@code type}: its simple
   * name in lowerCamelCase, unless that is a keyword or {@code slot} or {@code value}, the
   * accessor's other parameters.
   */
  static String variableName(TypeElement type) {
    String simple = type.getSimpleName().toString();
    String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    return SourceVersion.isKeyword(name) || name.equals("slot") || name.equals("value")
        ? "entity"
        : name;
  }
}
