package org.relata.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relata.processor.model.JoinModel.ForeignKeyJoin;
import org.relata.processor.model.JoinModel.SecondaryJoin;
import org.relata.processor.model.Resolution.JoinProblem;
import org.relata.processor.model.Resolution.ReverseProblem;

/**
 * Resolves every relationship of a compilation, best effort: its direction, its join and its
 * reverse, and materializes the sides that {@code @Backref}s generate.
 *
 * <p>It never throws on a bad model: what it cannot settle stays null in the {@link Resolution},
 * with the reason and the candidates, for the validator to report.
 */
public final class Resolver {
  private final Map<String, EntityModel> entities = new LinkedHashMap<>();
  private final Map<String, AssociationTableModel> tables = new LinkedHashMap<>();

  private Resolver(List<EntityModel> entities, List<AssociationTableModel> tables) {
    for (EntityModel e : entities) {
      this.entities.put(e.qualifiedName(), e);
    }
    for (AssociationTableModel t : tables) {
      this.tables.put(t.qualifiedName(), t);
    }
  }

  /** Resolves the relationships of {@code entities} and returns the complete model. */
  public static Model resolve(
      List<EntityModel> entities, List<AssociationTableModel> tables, Map<String, String> options) {
    List<EntityModel> sortedEntities = new ArrayList<>(entities);
    sortedEntities.sort(Comparator.comparing(EntityModel::qualifiedName));
    List<AssociationTableModel> sortedTables = new ArrayList<>(tables);
    sortedTables.sort(Comparator.comparing(AssociationTableModel::qualifiedName));
    return new Resolver(sortedEntities, sortedTables).resolveAll(options);
  }

  private Model resolveAll(Map<String, String> options) {
    IdentityHashMap<RelationshipModel, Partial> partial = new IdentityHashMap<>();
    List<RelationshipModel> declared = new ArrayList<>();
    for (EntityModel e : entities.values()) {
      for (RelationshipModel r : e.relationships()) {
        declared.add(r);
        partial.put(r, join(e, r));
      }
    }
    // Materialize backref sides, with their joins reversed from the declaring side.
    List<RelationshipModel> materialized = new ArrayList<>();
    IdentityHashMap<RelationshipModel, RelationshipModel> backrefOf = new IdentityHashMap<>();
    for (RelationshipModel r : declared) {
      Partial p = partial.get(r);
      if (r.backref() != null && p.target != null) {
        Partial reversed = reverseOf(r, p);
        RelationshipModel m = materialize(r, p.target, reversed.shape);
        materialized.add(m);
        backrefOf.put(r, m);
        partial.put(m, reversed);
      }
    }
    Map<String, List<RelationshipModel>> byOwner = new LinkedHashMap<>();
    for (RelationshipModel r : declared) {
      byOwner.computeIfAbsent(r.ownerName(), k -> new ArrayList<>()).add(r);
    }
    for (RelationshipModel m : materialized) {
      byOwner.computeIfAbsent(m.ownerName(), k -> new ArrayList<>()).add(m);
    }
    IdentityHashMap<RelationshipModel, Resolution> resolutions = new IdentityHashMap<>();
    for (RelationshipModel r : declared) {
      resolutions.put(r, complete(r, partial.get(r), backrefOf.get(r), byOwner));
    }
    for (RelationshipModel m : materialized) {
      Partial p = partial.get(m);
      resolutions.put(
          m,
          new Resolution(
              p.target, p.direction, p.join, p.problem, p.candidates, m.origin(), null, List.of()));
    }
    return new Model(
        new ArrayList<>(entities.values()),
        new ArrayList<>(tables.values()),
        materialized,
        resolutions,
        options);
  }

  /** Adds the reverse to what the join step found. */
  private Resolution complete(
      RelationshipModel r,
      Partial p,
      RelationshipModel backrefSide,
      Map<String, List<RelationshipModel>> byOwner) {
    RelationshipModel reverse = null;
    ReverseProblem problem = null;
    List<String> names = new ArrayList<>();
    if (backrefSide != null) {
      reverse = backrefSide;
    } else if (!r.backPopulates().isEmpty() && p.target != null) {
      for (RelationshipModel candidate :
          byOwner.getOrDefault(p.target.qualifiedName(), List.of())) {
        names.add(candidate.name());
        if (candidate.name().equals(r.backPopulates())) {
          reverse = candidate;
        }
      }
      if (reverse == null) {
        problem = ReverseProblem.NOT_FOUND;
      } else if (!reverse.targetName().equals(r.ownerName())) {
        problem = ReverseProblem.WRONG_TARGET;
        reverse = null;
      }
    }
    return new Resolution(
        p.target,
        p.direction,
        p.join,
        p.problem,
        p.candidates,
        reverse,
        problem,
        problem == ReverseProblem.NOT_FOUND ? names : List.of());
  }

  /** The target, direction and join of a declared side. */
  private Partial join(EntityModel owner, RelationshipModel r) {
    EntityModel target = entities.get(r.targetName());
    if (target == null) {
      return Partial.problem(null, r.shape(), JoinProblem.TARGET_NOT_ENTITY, List.of());
    }
    if (r.hasSecondary()) {
      return secondaryJoin(owner, target, r);
    }
    String o = owner.qualifiedName();
    String t = target.qualifiedName();
    boolean self = o.equals(t);
    List<ColumnModel> ownerHolds = owner.foreignKeysTo(t);
    List<ColumnModel> targetHolds = target.foreignKeysTo(o);
    List<ColumnModel> all = new ArrayList<>(ownerHolds);
    if (!self) {
      all.addAll(targetHolds);
    }
    boolean collection = r.shape().isCollection();
    if (!r.foreignKey().isEmpty()) {
      ColumnModel named = find(ownerHolds, r.foreignKey());
      boolean ownerSide = named != null && !(self && collection);
      if (named == null) {
        named = find(targetHolds, r.foreignKey());
      }
      if (named == null) {
        return Partial.problem(target, r.shape(), JoinProblem.FOREIGN_KEY_NOT_FOUND, all);
      }
      return direct(owner, target, r, named, ownerSide, all);
    }
    if (collection) {
      // A collection is one-to-many: its target holds the key. In a self-referential adjacency
      // list the same column serves both sides, and the collection is the parent's side.
      if (targetHolds.size() == 1) {
        return direct(owner, target, r, targetHolds.get(0), false, all);
      }
      if (targetHolds.size() > 1) {
        return Partial.problem(target, r.shape(), JoinProblem.AMBIGUOUS_FOREIGN_KEY, targetHolds);
      }
      return Partial.problem(
          target,
          r.shape(),
          ownerHolds.isEmpty() ? JoinProblem.NO_FOREIGN_KEY : JoinProblem.KEY_ON_COLLECTION_OWNER,
          all);
    }
    if (all.size() == 1) {
      return direct(owner, target, r, all.get(0), !ownerHolds.isEmpty(), all);
    }
    return Partial.problem(
        target,
        r.shape(),
        all.isEmpty() ? JoinProblem.NO_FOREIGN_KEY : JoinProblem.AMBIGUOUS_FOREIGN_KEY,
        all);
  }

  private Partial direct(
      EntityModel owner,
      EntityModel target,
      RelationshipModel r,
      ColumnModel key,
      boolean ownerHolds,
      List<ColumnModel> all) {
    if (r.shape().isCollection()) {
      if (ownerHolds) {
        return Partial.problem(target, r.shape(), JoinProblem.KEY_ON_COLLECTION_OWNER, all);
      }
      return new Partial(
          target,
          r.shape(),
          Direction.ONE_TO_MANY,
          new ForeignKeyJoin(key, target, false),
          null,
          all);
    }
    return ownerHolds
        ? new Partial(
            target,
            r.shape(),
            Direction.MANY_TO_ONE,
            new ForeignKeyJoin(key, owner, true),
            null,
            all)
        : new Partial(
            target,
            r.shape(),
            Direction.ONE_TO_ONE,
            new ForeignKeyJoin(key, target, false),
            null,
            all);
  }

  private Partial secondaryJoin(EntityModel owner, EntityModel target, RelationshipModel r) {
    AssociationTableModel table = tables.get(r.secondaryName());
    EntityModel associationEntity = table == null ? entities.get(r.secondaryName()) : null;
    if (table == null && associationEntity == null) {
      return Partial.problem(target, r.shape(), JoinProblem.SECONDARY_NOT_TABLE, List.of());
    }
    List<ColumnModel> columns = table != null ? table.columns() : associationEntity.columns();
    List<ColumnModel> ownerColumns = ColumnModel.keysTo(columns, owner.qualifiedName());
    List<ColumnModel> targetColumns = ColumnModel.keysTo(columns, target.qualifiedName());
    List<ColumnModel> all = new ArrayList<>(ownerColumns);
    for (ColumnModel c : targetColumns) {
      if (!all.contains(c)) {
        all.add(c);
      }
    }
    ColumnModel ownerColumn;
    if (!r.foreignKey().isEmpty()) {
      // On a many-to-many, foreignKey names the secondary's column that references the owner.
      ownerColumn = find(ownerColumns, r.foreignKey());
      if (ownerColumn == null) {
        return Partial.problem(target, r.shape(), JoinProblem.FOREIGN_KEY_NOT_FOUND, all);
      }
    } else if (ownerColumns.size() == 1) {
      ownerColumn = ownerColumns.get(0);
    } else {
      return Partial.problem(
          target,
          r.shape(),
          ownerColumns.isEmpty()
              ? JoinProblem.SECONDARY_COLUMN_MISSING
              : JoinProblem.AMBIGUOUS_FOREIGN_KEY,
          ownerColumns.isEmpty() ? all : ownerColumns);
    }
    List<ColumnModel> rest = new ArrayList<>(targetColumns);
    rest.remove(ownerColumn);
    if (rest.size() != 1) {
      return Partial.problem(
          target,
          r.shape(),
          rest.isEmpty() ? JoinProblem.SECONDARY_COLUMN_MISSING : JoinProblem.AMBIGUOUS_FOREIGN_KEY,
          rest.isEmpty() ? all : rest);
    }
    SecondaryJoin join = new SecondaryJoin(table, associationEntity, ownerColumn, rest.get(0));
    return new Partial(target, r.shape(), Direction.MANY_TO_MANY, join, null, all);
  }

  /**
   * The target, direction and join of the side that {@code r}'s {@code @Backref} generates: the
   * join carries over reversed, and {@code uselist = false} turns a collection into a scalar.
   */
  private Partial reverseOf(RelationshipModel r, Partial p) {
    EntityModel owner = entities.get(r.ownerName());
    boolean uselist = r.backref().uselist();
    if (p.join == null) {
      // The declaring side is reported; guess the natural shape so that the model stays complete.
      Shape shape = r.shape().isCollection() || !uselist ? Shape.SCALAR : Shape.LIST;
      return Partial.problem(owner, shape, JoinProblem.ORIGIN_UNRESOLVED, p.candidates);
    }
    Shape many = uselist ? Shape.LIST : Shape.SCALAR;
    switch (p.direction) {
      case ONE_TO_MANY:
      case ONE_TO_ONE:
        ForeignKeyJoin toOne = (ForeignKeyJoin) p.join;
        return new Partial(
            owner,
            Shape.SCALAR,
            Direction.MANY_TO_ONE,
            new ForeignKeyJoin(toOne.foreignKey(), toOne.holder(), true),
            null,
            p.candidates);
      case MANY_TO_ONE:
        ForeignKeyJoin toMany = (ForeignKeyJoin) p.join;
        return new Partial(
            owner,
            many,
            uselist ? Direction.ONE_TO_MANY : Direction.ONE_TO_ONE,
            new ForeignKeyJoin(toMany.foreignKey(), toMany.holder(), false),
            null,
            p.candidates);
      case MANY_TO_MANY:
      default:
        return new Partial(
            owner,
            many,
            Direction.MANY_TO_MANY,
            ((SecondaryJoin) p.join).reversed(),
            null,
            p.candidates);
    }
  }

  private static RelationshipModel materialize(
      RelationshipModel r, EntityModel target, Shape shape) {
    BackrefModel b = r.backref();
    return new RelationshipModel(
        target.element(),
        null,
        b.name(),
        r.owner().asType(),
        r.ownerName(),
        shape,
        r.name(),
        r.secondary(),
        r.secondaryName(),
        r.foreignKey(),
        b.lazy(),
        b.cascade(),
        b.passiveDeletes(),
        b.viewonly(),
        b.orderBy(),
        null,
        b.annotation(),
        b.values(),
        r);
  }

  private static ColumnModel find(List<ColumnModel> columns, String javaName) {
    for (ColumnModel c : columns) {
      if (c.javaName().equals(javaName)) {
        return c;
      }
    }
    return null;
  }

  /** The join step's findings, before reverses are known. */
  private record Partial(
      EntityModel target,
      Shape shape,
      Direction direction,
      JoinModel join,
      JoinProblem problem,
      List<ColumnModel> candidates) {
    static Partial problem(
        EntityModel target, Shape shape, JoinProblem problem, List<ColumnModel> candidates) {
      return new Partial(target, shape, null, null, problem, candidates);
    }
  }
}
