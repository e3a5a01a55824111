package org.relata.processor.fuzz;

import static org.relata.processor.fuzz.Edits.describe;
import static org.relata.processor.fuzz.Edits.pick;
import static org.relata.processor.fuzz.Edits.relationship;

import java.util.List;
import java.util.Random;
import org.relata.processor.fuzz.ModelSpec.BackrefSpec;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.Link;
import org.relata.processor.fuzz.ModelSpec.LinkKind;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;

/**
 * Mistakes on relationship fields: their modifiers, types, reverses, secondaries, backrefs and
 * orderBy.
 */
final class RelationshipEdits {
  private static final String[] UNSUPPORTED = {
    "java.util.Map<Long, $T>",
    "$T[]",
    "java.util.ArrayList<$T>",
    "java.util.List<?>",
    "java.util.Queue<$T>",
    "Iterable<$T>",
    "java.util.Optional<$T>",
    "java.util.List<? extends $T>"
  };

  private RelationshipEdits() {}

  static String renameBackPopulates(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> !x.backPopulates.isEmpty());
    if (r == null) {
      return null;
    }
    String old = r.backPopulates;
    // A typo: one letter dropped, as a user would make it; "x" appended if that names a field.
    int at = 1 + random.nextInt(old.length() - 1);
    String typo = old.substring(0, at) + old.substring(at + 1);
    while (((EntitySpec) r.target).hasField(typo)
        || receivesBackref(model, (EntitySpec) r.target, typo)) {
      typo = typo + "x";
    }
    r.backPopulates = typo;
    return describe(r) + ": backPopulates \"" + old + "\" -> \"" + typo + "\"";
  }

  static String backPopulatesNamesColumn(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> !x.backPopulates.isEmpty());
    if (r == null) {
      return null;
    }
    ColumnSpec column = pick(r.target.columns, random);
    r.backPopulates = column.name;
    return describe(r) + ": backPopulates names the column " + r.target.name + "." + column.name;
  }

  static String backPopulatesWrongTarget(ModelSpec model, Random random) {
    RelationshipSpec r =
        relationship(
            model,
            random,
            x ->
                !x.backPopulates.isEmpty()
                    && ((EntitySpec) x.target)
                        .relationships.stream()
                            .anyMatch(o -> o.target != x.owner && o.typeOverride == null));
    if (r == null) {
      return null;
    }
    RelationshipSpec other =
        pick(((EntitySpec) r.target).relationships, random, o -> o.target != r.owner);
    r.backPopulates = other.name;
    return describe(r)
        + ": backPopulates names "
        + describe(other)
        + ", a relationship to "
        + other.target.name;
  }

  /** backPopulates names another relationship of the target back to the owner: a third side. */
  static String backPopulatesThirdSide(ModelSpec model, Random random) {
    RelationshipSpec r =
        relationship(
            model,
            random,
            x ->
                !x.backPopulates.isEmpty()
                    && ((EntitySpec) x.target)
                        .relationships.stream().anyMatch(o -> isThirdSide(x, o)));
    if (r == null) {
      return null;
    }
    RelationshipSpec third =
        pick(((EntitySpec) r.target).relationships, random, o -> isThirdSide(r, o));
    String old = r.backPopulates;
    r.backPopulates = third.name;
    return describe(r)
        + ": backPopulates \""
        + old
        + "\" -> \""
        + third.name
        + "\", another side back to "
        + r.owner.name;
  }

  /**
   * A relationship of r's target back to r's owner, other than r's reverse, that joins the same way
   * (through a foreign key, or through a secondary). A third side that joins the other way is the
   * known gap of {@link Mutation#SECONDARY_DROPPED_ON_ONE_SIDE}.
   */
  private static boolean isThirdSide(RelationshipSpec r, RelationshipSpec o) {
    return o.target == r.owner
        && !o.name.equals(r.backPopulates)
        && o != r
        && o.typeOverride == null
        && o.annotated
        && (o.secondary == null) == (r.secondary == null);
  }

  static String makePrivate(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> true);
    if (r == null) {
      return null;
    }
    r.isPrivate = true;
    return describe(r) + " made private";
  }

  static String makeStatic(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> true);
    if (r == null) {
      return null;
    }
    r.isStatic = true;
    return describe(r) + " made static";
  }

  static String unsupportedType(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> true);
    if (r == null) {
      return null;
    }
    r.typeOverride = UNSUPPORTED[random.nextInt(UNSUPPORTED.length)];
    return describe(r) + " declared as " + r.typeOverride.replace("$T", r.target.name);
  }

  static String targetNotEntity(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> true);
    if (r == null) {
      return null;
    }
    r.target = Edits.plain(model, r.owner.pkg);
    return describe(r) + " retargeted to the plain class " + r.target.name;
  }

  /** The scalar side of a back-populated one-to-many becomes a collection too. */
  static String collectionToCollection(ModelSpec model, Random random) {
    Link link =
        Edits.link(
            model,
            random,
            l -> l.kind() == LinkKind.ONE_TO_MANY || l.kind() == LinkKind.ADJACENCY_LIST);
    if (link == null) {
      return null;
    }
    RelationshipSpec scalar = pick(link.relationships(), random, x -> !x.isCollection());
    scalar.container = "List";
    return describe(scalar) + " made a List, so both sides are collections without secondary";
  }

  static String dropSecondaryOnOneSide(ModelSpec model, Random random) {
    Link link =
        Edits.link(
            model,
            random,
            l -> l.kind() == LinkKind.MANY_TO_MANY || l.kind() == LinkKind.SELF_MANY_TO_MANY);
    if (link == null) {
      return null;
    }
    RelationshipSpec r = pick(link.relationships(), random);
    r.secondary = null;
    return describe(r) + ": secondary removed, the other side keeps it";
  }

  /** One side of a back-populated many-to-many names a copy of the association table. */
  static String secondaryMismatch(ModelSpec model, Random random) {
    Link link =
        Edits.link(
            model,
            random,
            l -> l.kind() == LinkKind.MANY_TO_MANY || l.kind() == LinkKind.SELF_MANY_TO_MANY);
    if (link == null) {
      return null;
    }
    TableSpec original = (TableSpec) link.holder();
    TableSpec copy = new TableSpec(original.pkg, original.name + "Copy");
    copy.record = original.record;
    copy.table = original.name.toLowerCase(java.util.Locale.ROOT) + "_copy";
    for (ColumnSpec c : original.columns) {
      ColumnSpec k = new ColumnSpec(c.name, c.type);
      k.references = c.references;
      copy.columns.add(k);
    }
    model.tables.add(copy);
    RelationshipSpec r = pick(link.relationships(), random);
    r.secondary = copy;
    return describe(r)
        + ": secondary = "
        + copy.name
        + ".class, the other side keeps "
        + original.name;
  }

  /**
   * A second field on the same owner whose backref generates the same name onto the same target.
   */
  static String duplicateBackref(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> x.backref != null);
    if (r == null) {
      return null;
    }
    String name = r.name + "Again";
    RelationshipSpec copy = new RelationshipSpec(r.owner, name, r.target, r.container);
    copy.secondary = r.secondary;
    copy.foreignKey = r.foreignKey;
    copy.backref = new BackrefSpec(r.backref.name);
    copy.backref.uselist = r.backref.uselist;
    r.owner.relationships.add(copy);
    return describe(copy)
        + " added with the same @Backref(\""
        + r.backref.name
        + "\") as "
        + describe(r);
  }

  static String backrefClash(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> x.backref != null);
    if (r == null) {
      return null;
    }
    ColumnSpec taken = pick(r.target.columns, random);
    String old = r.backref.name;
    r.backref.name = taken.name;
    return describe(r)
        + ": @Backref(\""
        + old
        + "\") renamed to the existing field "
        + r.target.name
        + "."
        + taken.name;
  }

  static String backrefWithBackPopulates(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> x.backref != null);
    if (r == null) {
      return null;
    }
    r.backPopulates = r.backref.name;
    return describe(r) + ": backPopulates added next to @Backref";
  }

  static String backrefWithoutRelationship(ModelSpec model, Random random) {
    RelationshipSpec r = relationship(model, random, x -> x.backref != null);
    if (r == null) {
      return null;
    }
    r.annotated = false;
    return describe(r) + ": @Relationship removed, @Backref kept";
  }

  static String orderByUnknownColumn(ModelSpec model, Random random) {
    RelationshipSpec r =
        relationship(model, random, x -> x.isCollection() && x.target instanceof EntitySpec);
    if (r == null) {
      return null;
    }
    // A field name whose column differs is the likely slip; otherwise a name that is nowhere.
    ColumnSpec slip =
        pick(
            r.target.columns,
            random,
            c -> !c.name.equals(c.columnName()) && !r.target.columnNames().contains(c.name));
    r.orderBy = slip != null ? slip.name + " DESC" : "missing_column";
    return describe(r) + ": orderBy = \"" + r.orderBy + "\"";
  }

  /** A hostile {@code orderBy} on a collection, or on a backref's generated collection. */
  static String orderByInjection(ModelSpec model, Random random) {
    List<RelationshipSpec> sites = model.relationships();
    sites.removeIf(
        x -> !x.annotated || x.typeOverride != null || !(x.isCollection() || x.backref != null));
    if (sites.isEmpty()) {
      return null;
    }
    RelationshipSpec r = pick(sites, random);
    String hostile = pick(Mutation.HOSTILE_ORDER_BYS, random);
    if (r.backref != null && (!r.isCollection() || random.nextBoolean())) {
      r.backref.orderBy = hostile;
      return describe(r) + ": @Backref(orderBy = " + SourceWriter.literal(hostile) + ")";
    }
    r.orderBy = hostile;
    return describe(r) + ": orderBy = " + SourceWriter.literal(hostile);
  }

  private static boolean receivesBackref(ModelSpec model, EntitySpec e, String name) {
    for (RelationshipSpec r : model.relationships()) {
      if (r.backref != null && r.target == e && r.backref.name.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
