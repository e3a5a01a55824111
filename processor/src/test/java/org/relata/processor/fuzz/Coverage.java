package org.relata.processor.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.Link;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;

/**
 * How many valid models used each relationship form and each feature, so that the summary shows the
 * generator really produces what it claims to.
 */
final class Coverage {
  private final Map<String, Integer> models = new TreeMap<>();

  /** Counts each feature of {@code model} once. */
  void add(ModelSpec model) {
    TreeSet<String> features = new TreeSet<>();
    for (Link link : model.links) {
      features.add(link.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    for (EntitySpec e : model.entities) {
      flag(features, e.outer != null, "nested entity");
      flag(features, e.table != null, "explicit table");
      flag(features, e.ids().size() > 1, "composite id");
      flag(features, e.deprecation != null, "deprecated entity");
      flag(features, e.hasUnmappedFields, "transient and static fields");
      flag(features, e.extraConstructor, "two constructors");
      for (ColumnSpec c : e.columns) {
        flag(features, c.rename != null, "@Column");
        flag(features, c.isPrivate && c.accessors, "bean accessors");
        flag(features, c.deprecation != null, "deprecated column");
        flag(features, c.onDelete != null, "onDelete");
      }
      for (RelationshipSpec r : e.relationships) {
        flag(
            features,
            !r.orderBy.isEmpty() || (r.backref != null && !r.backref.orderBy.isEmpty()),
            "orderBy");
        flag(features, !r.foreignKey.isEmpty(), "foreignKey");
        flag(
            features,
            r.backref != null && Boolean.FALSE.equals(r.backref.uselist),
            "uselist = false");
        flag(features, !r.pkgOf().equals(r.target.pkg), "cross-package");
        flag(features, r.cascade != null, "cascade");
        flag(features, r.deprecation != null, "deprecated relationship");
      }
    }
    for (TableSpec t : model.tables) {
      flag(features, t.record, "record table");
      flag(features, !t.record, "class table");
    }
    features.forEach(f -> models.merge(f, 1, Integer::sum));
  }

  private static void flag(TreeSet<String> features, boolean present, String feature) {
    if (present) {
      features.add(feature);
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    models.forEach(
        (feature, count) ->
            out.append(out.length() == 0 ? "" : ", ").append(feature).append(' ').append(count));
    return out.toString();
  }
}
