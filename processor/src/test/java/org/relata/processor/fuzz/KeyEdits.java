package org.relata.processor.fuzz;

import static org.relata.processor.fuzz.Edits.describe;
import static org.relata.processor.fuzz.Edits.pick;

import java.util.Random;
import org.relata.processor.fuzz.Edits.Site;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.Link;
import org.relata.processor.fuzz.ModelSpec.LinkKind;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;

/** Mistakes on foreign keys: missing, mistyped, misdirected, ambiguous or misnamed. */
final class KeyEdits {
  private KeyEdits() {}

  /** The key a relationship joins on disappears; a key no relationship uses is no mistake. */
  static String removeForeignKey(ModelSpec model, Random random) {
    Link link =
        Edits.link(
            model,
            random,
            l -> LinkOptions.usesEntityKey(l.kind()) && !l.relationships().isEmpty());
    if (link == null) {
      return null;
    }
    ColumnSpec key = link.keys().get(0);
    link.holder().columns.remove(key);
    return link.holder().name
        + "."
        + key.name
        + " removed, which "
        + describe(link.relationships().get(0))
        + " joins on";
  }

  static String removeSecondaryKey(ModelSpec model, Random random) {
    Link link =
        Edits.link(
            model,
            random,
            l ->
                l.kind() == LinkKind.MANY_TO_MANY
                    || l.kind() == LinkKind.MANY_TO_MANY_BACKREF
                    || l.kind() == LinkKind.MANY_TO_MANY_ONE_WAY);
    if (link == null) {
      return null;
    }
    ColumnSpec key = pick(link.keys(), random);
    link.holder().columns.remove(key);
    return link.holder().name + "." + key.name + " removed from the association table";
  }

  static String wrongType(ModelSpec model, Random random) {
    Site site =
        Edits.column(
            model, random, s -> s.column().references instanceof EntitySpec e && e.referenceable());
    if (site == null) {
      return null;
    }
    ColumnSpec c = site.column();
    String old = c.type;
    c.type =
        old.equalsIgnoreCase("long")
            ? "String"
            : old.equals("String") ? "Long" : "Long".equals(old) ? "Integer" : "Long";
    return site + ": " + old + " -> " + c.type + ", unlike the id of " + c.references.name;
  }

  static String referenceNonEntity(ModelSpec model, Random random) {
    Site site = Edits.column(model, random, s -> s.column().references != null);
    if (site == null) {
      return null;
    }
    ColumnSpec c = site.column();
    EntitySpec composite = pick(model.entities, random, e -> e.ids().size() > 1);
    c.references =
        composite != null && random.nextBoolean()
            ? composite
            : Edits.plain(model, site.owner().pkg);
    return site + ": @ForeignKey(" + c.references.name + ".class), which has no single @Id";
  }

  static String unknownForeignKey(ModelSpec model, Random random) {
    RelationshipSpec r = Edits.relationship(model, random, x -> true);
    if (r == null) {
      return null;
    }
    r.foreignKey = "noSuchKey";
    return describe(r) + ": foreignKey = \"noSuchKey\"";
  }

  /** {@code foreignKey} names a plain column of the owner, which references nothing. */
  static String foreignKeyNamesColumn(ModelSpec model, Random random) {
    RelationshipSpec r =
        Edits.relationship(
            model,
            random,
            x ->
                x.secondary == null
                    && x.owner.columns.stream().anyMatch(c -> c.references == null));
    if (r == null) {
      return null;
    }
    ColumnSpec plain = pick(r.owner.columns, random, c -> c.references == null);
    r.foreignKey = plain.name;
    return describe(r) + ": foreignKey = \"" + plain.name + "\", which is no @ForeignKey";
  }

  /** A second key between the same two entities, with the relationships still naming none. */
  static String secondKey(ModelSpec model, Random random) {
    Link link =
        Edits.link(
            model,
            random,
            l ->
                LinkOptions.usesEntityKey(l.kind())
                    && !l.relationships().isEmpty()
                    && l.relationships().get(0).foreignKey.isEmpty());
    if (link == null) {
      return null;
    }
    ColumnSpec key = link.keys().get(0);
    ColumnSpec second = new ColumnSpec(key.name + "Also", key.type);
    second.references = key.references;
    link.holder().columns.add(second);
    return link.holder().name
        + "."
        + second.name
        + " added next to "
        + key.name
        + ", both referencing "
        + key.references.name;
  }

  /**
   * The target of a many-to-one gets a key back to its owner, so the scalar's direction is unclear.
   */
  static String keyBothWays(ModelSpec model, Random random) {
    // foreignKey is empty only while one key joins the two, so the owner's key is the only one.
    RelationshipSpec r =
        Edits.relationship(
            model,
            random,
            x ->
                !x.isCollection()
                    && x.secondary == null
                    && x.foreignKey.isEmpty()
                    && x.target != x.owner
                    && x.owner.referenceable()
                    && x.owner.columns.stream().anyMatch(c -> c.references == x.target));
    if (r == null) {
      return null;
    }
    EntitySpec target = (EntitySpec) r.target;
    String name =
        Character.toLowerCase(r.owner.name.charAt(0)) + r.owner.name.substring(1) + "Back";
    while (target.hasField(name)) {
      name = name + "2";
    }
    ColumnSpec back = new ColumnSpec(name, r.owner.ids().get(0).type);
    back.references = r.owner;
    target.columns.add(back);
    return target.name
        + "."
        + name
        + " added, referencing "
        + r.owner.name
        + ", so "
        + describe(r)
        + " has keys both ways";
  }
}
