package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.AssociationTableModel;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;

/**
 * Turns what resolution could not settle about a relationship's join into errors: missing or
 * ambiguous foreign keys, a wrong {@code foreignKey}, an unusable {@code secondary}, and a
 * many-to-many declared without one.
 */
final class JoinValidator {
  private final Model model;
  private final RelationshipModel r;
  private final Resolution resolution;
  private final EntityModel owner;
  private final EntityModel target;
  private final ValidationReport.Builder report;

  private JoinValidator(Model model, RelationshipModel r, ValidationReport.Builder report) {
    this.model = model;
    this.r = r;
    this.resolution = model.resolution(r);
    this.owner = model.entity(r.ownerName());
    this.target = model.entity(r.targetName());
    this.report = report;
  }

  /** Checks the join of declared side {@code r}, whose target is an entity. */
  static void validate(Model model, RelationshipModel r, ValidationReport.Builder report) {
    new JoinValidator(model, r, report).validate();
  }

  private void validate() {
    if (needsSecondary()) {
      report.add(
          Message.SECONDARY_REQUIRED,
          Sites.annotation(r),
          Sites.member(r),
          Sites.simple(target.qualifiedName()),
          r.backPopulates().isEmpty() ? reverseCollection().name() : r.backPopulates(),
          secondaryFix());
      return;
    }
    RelationshipModel withSecondary = reverseWithSecondary();
    if (withSecondary != null) {
      // The other side shows which table is meant; any foreign key advice would mislead.
      String secondary = Sites.simple(withSecondary.secondaryName());
      report.add(
          Message.SECONDARY_MISSING_ON_ONE_SIDE,
          Sites.annotation(r),
          Sites.member(r),
          Sites.member(withSecondary),
          secondary,
          secondary);
      return;
    }
    if (resolution.joinProblem() == null) {
      return;
    }
    switch (resolution.joinProblem()) {
      case SECONDARY_NOT_TABLE:
        if (r.secondary().getKind() != TypeKind.ERROR) {
          String secondary = r.secondaryName();
          report.add(
              Message.SECONDARY_NOT_TABLE,
              Sites.attribute(r, "secondary"),
              Sites.simple(secondary),
              secondary);
        }
        break;
      case SECONDARY_COLUMN_MISSING:
        secondaryColumnMissing();
        break;
      case NO_FOREIGN_KEY:
      case KEY_ON_COLLECTION_OWNER:
        foreignKeyMissing();
        break;
      case AMBIGUOUS_FOREIGN_KEY:
        ambiguous();
        break;
      case FOREIGN_KEY_NOT_FOUND:
        foreignKeyNotFound();
        break;
      default:
        break; // TARGET_NOT_ENTITY and ORIGIN_UNRESOLVED are reported elsewhere
    }
  }

  /** A collection without {@code secondary} whose reverse is a collection too: a many-to-many. */
  private boolean needsSecondary() {
    return r.shape().isCollection() && !r.hasSecondary() && reverseCollection() != null;
  }

  /** The target's collection without secondary that mirrors {@code r}, or null. */
  private RelationshipModel reverseCollection() {
    return reverseCollection(false);
  }

  /**
   * For a collection {@code r} without secondary, the target's collection that mirrors it and names
   * a secondary; else null.
   */
  private RelationshipModel reverseWithSecondary() {
    return r.shape().isCollection() && !r.hasSecondary() ? reverseCollection(true) : null;
  }

  /** The target's collection that mirrors {@code r}, either way round, or null. */
  private RelationshipModel reverseCollection(boolean withSecondary) {
    for (RelationshipModel other : model.relationshipsOf(target)) {
      boolean linked =
          other.name().equals(r.backPopulates()) || other.backPopulates().equals(r.name());
      if (linked
          && other != r
          && other.shape().isCollection()
          && other.hasSecondary() == withSecondary
          && other.targetName().equals(r.ownerName())) {
        return other;
      }
    }
    return null;
  }

  /**
   * How to add the missing association table: name the {@code @AssociationTable}s that already link
   * the two entities, else describe the one to write.
   */
  private String secondaryFix() {
    List<String> linking = new ArrayList<>();
    String o = owner.qualifiedName();
    String t = target.qualifiedName();
    for (AssociationTableModel table : model.associationTables()) {
      List<ColumnModel> toOwner = ColumnModel.keysTo(table.columns(), o);
      List<ColumnModel> toTarget = ColumnModel.keysTo(table.columns(), t);
      boolean links = o.equals(t) ? toOwner.size() >= 2 : !toOwner.isEmpty() && !toTarget.isEmpty();
      if (links) {
        linking.add(Sites.simple(table.qualifiedName()) + ".class");
      }
    }
    if (linking.size() == 1) {
      return "The @AssociationTable "
          + linking.get(0).replace(".class", "")
          + " links "
          + Sites.simple(o)
          + " and "
          + Sites.simple(t)
          + ": add secondary = "
          + linking.get(0)
          + " on both sides.";
    }
    if (!linking.isEmpty()) {
      return "Add secondary = "
          + String.join(" or secondary = ", linking)
          + " (each an @AssociationTable linking "
          + Sites.simple(o)
          + " and "
          + Sites.simple(t)
          + ") on both sides.";
    }
    return "Add secondary = YourLinkTable.class on both sides, with an @AssociationTable class"
        + " holding @ForeignKey("
        + Sites.simple(o)
        + ".class) and @ForeignKey("
        + Sites.simple(t)
        + ".class).";
  }

  private void secondaryColumnMissing() {
    String secondary = r.secondaryName();
    List<ColumnModel> columns = secondaryColumns();
    boolean ownerMissing = ColumnModel.keysTo(columns, owner.qualifiedName()).isEmpty();
    EntityModel side = ownerMissing ? owner : target;
    report.add(
        Message.SECONDARY_FOREIGN_KEY_MISSING,
        Sites.attribute(r, "secondary"),
        Sites.simple(secondary),
        secondary,
        Sites.simple(side.qualifiedName()),
        side.qualifiedName());
  }

  private void foreignKeyMissing() {
    boolean collection = r.shape().isCollection();
    // A collection's target holds the key; a scalar's owner usually does (many-to-one).
    EntityModel holder = collection ? target : owner;
    EntityModel referenced = collection ? owner : target;
    String hint = "";
    if (resolution.joinProblem() == Resolution.JoinProblem.KEY_ON_COLLECTION_OWNER) {
      hint =
          "; "
              + members(resolution.candidates())
              + " points the other way, so declare "
              + Sites.member(r)
              + " as a scalar "
              + Sites.simple(target.qualifiedName())
              + ", or add secondary for a many-to-many";
    } else if (!collection) {
      hint =
          " (or to a field of "
              + target.qualifiedName()
              + " referencing "
              + Sites.simple(owner.qualifiedName())
              + ", for a one-to-one)";
    }
    report.add(
        Message.FOREIGN_KEY_MISSING,
        Sites.annotation(r),
        Sites.member(r),
        owner.qualifiedName(),
        target.qualifiedName(),
        Sites.simple(referenced.qualifiedName()),
        holder.qualifiedName(),
        hint);
  }

  private void ambiguous() {
    List<ColumnModel> candidates = resolution.candidates();
    if (!r.hasSecondary() && !r.shape().isCollection() && r.foreignKey().isEmpty()) {
      List<ColumnModel> ownerHolds = new ArrayList<>();
      List<ColumnModel> targetHolds = new ArrayList<>();
      for (ColumnModel c : candidates) {
        (owner.columns().contains(c) ? ownerHolds : targetHolds).add(c);
      }
      if (!ownerHolds.isEmpty() && !targetHolds.isEmpty() && !owner.equals(target)) {
        report.add(
            Message.DIRECTION_AMBIGUOUS,
            Sites.annotation(r),
            Sites.member(r),
            Sites.simple(owner.qualifiedName()),
            Sites.simple(target.qualifiedName()),
            Sites.member(ownerHolds.get(0)),
            Sites.member(targetHolds.get(0)),
            ownerHolds.get(0).javaName(),
            targetHolds.get(0).javaName());
        return;
      }
    }
    report.add(
        Message.FOREIGN_KEY_AMBIGUOUS,
        Sites.annotation(r),
        Sites.member(r),
        members(candidates),
        candidates.isEmpty() ? "..." : candidates.get(0).javaName());
  }

  private void foreignKeyNotFound() {
    String name = r.foreignKey();
    List<TypeElement> places = new ArrayList<>();
    if (r.hasSecondary()) {
      places.add(secondaryElement());
    } else {
      places.add(owner.element());
      if (!target.equals(owner)) {
        places.add(target.element());
      }
    }
    for (TypeElement place : places) {
      for (VariableElement field : ElementFilter.fieldsIn(place.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(name)) {
          report.add(
              Message.FOREIGN_KEY_WRONG_TARGET,
              Sites.attribute(r, "foreignKey"),
              name,
              describe(place, field),
              Sites.simple(owner.qualifiedName()),
              Sites.simple(target.qualifiedName()));
          return;
        }
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (TypeElement place : places) {
      for (VariableElement field : ElementFilter.fieldsIn(place.getEnclosedElements())) {
        keys.add(field.getSimpleName().toString());
      }
    }
    report.add(
        Message.FOREIGN_KEY_UNKNOWN,
        Sites.attribute(r, "foreignKey"),
        name,
        places.size() == 1
            ? places.get(0).getQualifiedName() + " has no field of that name"
            : "neither "
                + places.get(0).getQualifiedName()
                + " nor "
                + places.get(1).getQualifiedName()
                + " has a field of that name",
        Suggestions.didYouMean(name, keys),
        Sites.simple(owner.qualifiedName()),
        Sites.simple(target.qualifiedName()));
  }

  /** Why an existing field cannot serve as the key of this relationship. */
  private String describe(TypeElement place, VariableElement field) {
    String member = place.getSimpleName() + "." + field.getSimpleName();
    for (ColumnModel c : columnsOf(place)) {
      if (c.element().equals(field) && c.isForeignKey()) {
        return member + " references " + c.foreignKey().targetName();
      }
    }
    return member + " is not a @ForeignKey";
  }

  private List<ColumnModel> columnsOf(TypeElement place) {
    EntityModel e = model.entity(place);
    if (e != null) {
      return e.columns();
    }
    AssociationTableModel t = model.associationTable(place.getQualifiedName().toString());
    return t == null ? List.of() : t.columns();
  }

  private List<ColumnModel> secondaryColumns() {
    return columnsOf(secondaryElement());
  }

  private TypeElement secondaryElement() {
    AssociationTableModel table = model.associationTable(r.secondaryName());
    return table != null ? table.element() : model.entity(r.secondaryName()).element();
  }

  private static String members(List<ColumnModel> columns) {
    List<String> names = new ArrayList<>();
    for (ColumnModel c : columns) {
      names.add(Sites.member(c));
    }
    return String.join(", ", names);
  }
}
