package org.relata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.relata.processor.fuzz.ModelSpec.ClassSpec;
import org.relata.processor.fuzz.ModelSpec.ColumnSpec;
import org.relata.processor.fuzz.ModelSpec.EntitySpec;
import org.relata.processor.fuzz.ModelSpec.Link;
import org.relata.processor.fuzz.ModelSpec.PlainSpec;
import org.relata.processor.fuzz.ModelSpec.RelationshipSpec;
import org.relata.processor.fuzz.ModelSpec.TableSpec;

/** What the mutation edits share: picking a random site, and adding a class that is no entity. */
final class Edits {
  private Edits() {}

  /** A random element of {@code values} that passes {@code filter}, or null. */
  static <T> T pick(List<T> values, Random random, Predicate<? super T> filter) {
    List<T> fit = new ArrayList<>();
    for (T v : values) {
      if (filter.test(v)) {
        fit.add(v);
      }
    }
    return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
  }

  static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  /** A random declared relationship that passes {@code filter}, or null. */
  static RelationshipSpec relationship(
      ModelSpec model, Random random, Predicate<RelationshipSpec> filter) {
    return pick(
        model.relationships(),
        random,
        r -> r.annotated && r.typeOverride == null && filter.test(r));
  }

  /** A random link that passes {@code filter}, or null. */
  static Link link(ModelSpec model, Random random, Predicate<Link> filter) {
    return pick(model.links, random, filter);
  }

  /**
   * A random column of an entity or table, with its class, that passes {@code filter}, or null. The
   * model remembers when it is a record's.
   */
  static Site column(ModelSpec model, Random random, Predicate<Site> filter) {
    List<Site> sites = new ArrayList<>();
    List<ClassSpec> classes = new ArrayList<>(model.entities);
    classes.addAll(model.tables);
    for (ClassSpec owner : classes) {
      for (ColumnSpec c : owner.columns) {
        sites.add(new Site(owner, c));
      }
    }
    Site site = pick(sites, random, filter);
    model.mistakeOnRecord = site != null && site.owner() instanceof TableSpec t && t.record;
    return site;
  }

  /** A column and the class that declares it. */
  record Site(ClassSpec owner, ColumnSpec column) {
    @Override
    public String toString() {
      return owner.name + "." + column.name;
    }
  }

  /** Adds {@code class Memo} (a plain class with an id-like field) to {@code pkg}. */
  static PlainSpec plain(ModelSpec model, String pkg) {
    PlainSpec memo = new PlainSpec(pkg, "Memo" + model.plains.size());
    memo.columns.add(new ColumnSpec("id", "Long"));
    model.plains.add(memo);
    return memo;
  }

  /** Whether any entity other than {@code except} refers to {@code e} by relationship or key. */
  static boolean referenced(ModelSpec model, EntitySpec e) {
    for (EntitySpec other : model.entities) {
      for (ColumnSpec c : other.columns) {
        if (c.references == e) {
          return true;
        }
      }
      for (RelationshipSpec r : other.relationships) {
        if (r.target == e || r.secondary == e) {
          return true;
        }
      }
    }
    return false;
  }

  static String describe(RelationshipSpec r) {
    return r.owner.name + "." + r.name;
  }
}
