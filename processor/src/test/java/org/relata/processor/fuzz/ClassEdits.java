package org.relata.processor.fuzz;

import static org.relata.processor.fuzz.Edits.pick;

import java.util.Random;
import org.relata.processor.fuzz.Edits.Site;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;

/**
 * Mistakes on whole classes and their columns: annotations, ids, bases, constructors and SQL names.
 */
final class ClassEdits {
  private ClassEdits() {}

  /** A class that a relationship names as {@code secondary} loses {@code @AssociationTable}. */
  static String unannotateTable(ModelSpec model, Random random) {
    TableSpec t = pick(model.tables, random, x -> usedAsSecondary(model, x));
    if (t == null) {
      return null;
    }
    t.annotated = false;
    return t.name + ": @AssociationTable removed, while a relationship names it as secondary";
  }

  static String tableNameInjection(ModelSpec model, Random random) {
    String name = pick(Mutation.HOSTILE_NAMES, random);
    if (random.nextBoolean() || model.tables.isEmpty()) {
      EntitySpec e = pick(model.entities, random);
      e.table = name;
      return e.name + ": @Entity(table = " + SourceWriter.literal(name) + ")";
    }
    TableSpec t = pick(model.tables, random);
    t.table = name;
    model.mistakeOnRecord = t.record;
    return t.name + ": @AssociationTable(" + SourceWriter.literal(name) + ")";
  }

  static String columnNameInjection(ModelSpec model, Random random) {
    Site site = Edits.column(model, random, s -> true);
    site.column().rename = pick(Mutation.HOSTILE_NAMES, random);
    return site + ": @Column(" + SourceWriter.literal(site.column().rename) + ")";
  }

  /** A column field becomes private, with no JavaBean accessors to reach it instead. */
  static String privateColumn(ModelSpec model, Random random) {
    EntitySpec e =
        pick(model.entities, random, x -> x.columns.stream().anyMatch(c -> !c.isPrivate));
    if (e == null) {
      return null;
    }
    ColumnSpec c = pick(e.columns, random, x -> !x.isPrivate);
    c.isPrivate = true;
    c.accessors = false;
    return e.name + "." + c.name + " made private, without accessors";
  }

  static String removeId(ModelSpec model, Random random) {
    EntitySpec e = pick(model.entities, random);
    for (ColumnSpec c : e.ids()) {
      c.id = false;
    }
    return e.name + ": @Id removed";
  }

  static String dropRelationsBase(ModelSpec model, Random random) {
    EntitySpec e = pick(model.entities, random, model::hasRelations);
    if (e == null) {
      return null;
    }
    e.extendsRelations = false;
    return e.name + ": extends " + e.name + "Relations removed";
  }

  static String argsOnlyConstructor(ModelSpec model, Random random) {
    EntitySpec e = pick(model.entities, random);
    e.argsOnlyConstructor = true;
    e.extraConstructor = false;
    return e.name + ": only a constructor with arguments";
  }

  /** An entity that others refer to loses {@code @Entity}. */
  static String unannotateEntity(ModelSpec model, Random random) {
    EntitySpec e = pick(model.entities, random, x -> Edits.referenced(model, x));
    if (e == null) {
      return null;
    }
    e.annotated = false;
    return e.name + ": @Entity removed, while others refer to it";
  }

  /** A class that is no entity declares a {@code @Relationship} field. */
  static String strayRelationship(ModelSpec model, Random random) {
    EntitySpec target = pick(model.entities, random);
    ModelSpec.PlainSpec view = Edits.plain(model, target.pkg);
    view.strayTarget = target;
    return view.name + ", no entity, declares @Relationship List<" + target.name + "> items";
  }

  /** {@code @Entity} on a record, an interface or an enum, none of which can be mapped. */
  static String entityOfWrongKind(ModelSpec model, Random random) {
    ModelSpec.PlainSpec odd = Edits.plain(model, pick(model.entities, random).pkg);
    odd.entity = true;
    odd.kind = pick(java.util.List.of("record", "interface", "enum"), random);
    model.mistakeOnRecord = odd.kind.equals("record");
    return odd.name + ": @Entity on a " + odd.kind;
  }

  /** The association object's viewonly shortcut becomes writable: both write the same rows. */
  static String writableShortcut(ModelSpec model, Random random) {
    RelationshipSpec r =
        Edits.relationship(model, random, x -> x.viewonly && x.secondary instanceof EntitySpec);
    if (r == null) {
      return null;
    }
    r.viewonly = false;
    return Edits.describe(r)
        + ": viewonly removed, though "
        + r.secondary.name
        + " is an association object";
  }

  private static boolean usedAsSecondary(ModelSpec model, TableSpec t) {
    for (RelationshipSpec r : model.relationships()) {
      if (r.secondary == t) {
        return true;
      }
    }
    return false;
  }
}
