package org.relata.processor.codegen;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.Names;
import org.relata.processor.model.RelationshipModel;

/**
 * The names of the constants in one generated {@code ERelations} class. Columns take
 * UPPER_SNAKE_CASE of their field name first, then relationships; {@code TABLE} and {@code TYPE}
 * are reserved, and so are the entity's own static fields (so that {@code User.X} never silently
 * means the user's constant), the relationship names (the accessors' parameters and the storage
 * fields) and a clash gets a trailing underscore, so that every class computes the same names for
 * another's constants.
 */
final class MetamodelNames {
  private final Map<String, String> columns = new HashMap<>();
  private final Map<String, String> relationships = new HashMap<>();

  private MetamodelNames(
      Set<String> reserved, List<ColumnModel> columns, List<RelationshipModel> relationships) {
    Set<String> taken = new HashSet<>(Set.of("TABLE", "TYPE"));
    taken.addAll(reserved);
    for (RelationshipModel r : relationships) {
      taken.add(r.name());
    }
    for (ColumnModel c : columns) {
      this.columns.put(c.javaName(), claim(taken, Names.constantCase(c.javaName())));
    }
    for (RelationshipModel r : relationships) {
      this.relationships.put(r.name(), claim(taken, Names.constantCase(r.name())));
    }
  }

  static MetamodelNames of(Model model, EntityModel entity) {
    return new MetamodelNames(
        staticFields(entity.element()), entity.columns(), model.relationshipsOf(entity));
  }

  /** The generated {@code ERelations} class of {@code entity}. */
  static ClassName relationsClass(EntityModel entity) {
    return ClassName.get(entity.packageName(), entity.relationsName());
  }

  /** The static fields that {@code type} itself declares, which its constants must not hide. */
  private static Set<String> staticFields(TypeElement type) {
    Set<String> names = new HashSet<>();
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (f.getModifiers().contains(Modifier.STATIC)) {
        names.add(f.getSimpleName().toString());
      }
    }
    return names;
  }

  private static String claim(Set<String> taken, String name) {
    String n = name;
    while (!taken.add(n)) {
      n = n + "_";
    }
    return n;
  }

  /** The constant of the column whose field is {@code javaName}. */
  String column(String javaName) {
    return columns.get(javaName);
  }

  /** The constant of the relationship {@code name}. */
  String relationship(String name) {
    return relationships.get(name);
  }
}
