package org.relata.processor.validation;

import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.JoinModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;

/**
 * Checks that each {@code backPopulates} names a relationship on the target that points back at the
 * owner and, when it names one in turn, names this side; and that the two sides of a many-to-many
 * share their {@code secondary}.
 */
final class BackPopulatesValidator {
  private BackPopulatesValidator() {}

  static ValidationReport validate(Model model) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (EntityModel e : model.entities()) {
      if (!e.inCompilation()) {
        continue;
      }
      for (RelationshipModel r : e.relationships()) {
        EntityModel target = model.resolution(r).target();
        // With @Backref, backPopulates is reported by BackrefValidator; without it, one way is
        // legal.
        if (target != null && r.backref() == null && !r.backPopulates().isEmpty()) {
          validate(model, r, target, report);
        }
      }
    }
    return report.build();
  }

  private static void validate(
      Model model, RelationshipModel r, EntityModel target, ValidationReport.Builder report) {
    Resolution resolution = model.resolution(r);
    String name = r.backPopulates();
    String targetSimple = target.element().getSimpleName().toString();
    String ownerSimple = r.owner().getSimpleName().toString();
    if (resolution.reverseProblem() == Resolution.ReverseProblem.NOT_FOUND) {
      if (!target.inCompilation()) {
        // The target was compiled elsewhere: "add the field" is no fix, since its class is fixed.
        report.add(
            Message.BACK_POPULATES_ACROSS_MODULES,
            Sites.attribute(r, "backPopulates"),
            name,
            target.qualifiedName(),
            name,
            Suggestions.didYouMean(name, resolution.reverseCandidates()),
            Sites.member(r),
            ownerSimple,
            targetSimple,
            targetSimple,
            name);
      } else if (hasField(target, name)) {
        report.add(
            Message.BACK_POPULATES_NOT_RELATIONSHIP,
            Sites.attribute(r, "backPopulates"),
            name,
            targetSimple,
            name,
            r.name());
      } else {
        report.add(
            Message.BACK_POPULATES_MISSING,
            Sites.attribute(r, "backPopulates"),
            name,
            target.qualifiedName(),
            name,
            Suggestions.didYouMean(name, resolution.reverseCandidates()),
            targetSimple,
            ownerSimple);
      }
      return;
    }
    if (resolution.reverseProblem() == Resolution.ReverseProblem.WRONG_TARGET) {
      RelationshipModel named = model.relationship(target, name);
      report.add(
          Message.BACK_POPULATES_WRONG_TARGET,
          Sites.attribute(r, "backPopulates"),
          name,
          targetSimple,
          name,
          named == null ? "another class" : named.targetName(),
          r.ownerName(),
          targetSimple,
          ownerSimple);
      return;
    }
    RelationshipModel reverse = resolution.reverse();
    if (reverse == null) {
      return;
    }
    // A reverse naming a side that does not exist gets its own error; this one would only echo it.
    boolean reverseNamesThird =
        !reverse.backPopulates().isEmpty()
            && !reverse.backPopulates().equals(r.name())
            && model.relationship(model.entity(r.ownerName()), reverse.backPopulates()) != null;
    if (reverseNamesThird) {
      report.add(
          Message.BACK_POPULATES_MISMATCH,
          Sites.attribute(r, "backPopulates"),
          name,
          targetSimple,
          reverse.name(),
          reverse.backPopulates(),
          r.name(),
          r.name(),
          targetSimple,
          reverse.name());
    }
    keyMismatch(model, r, reverse, report);
    // A collection missing its secondary is reported by JoinValidator, with the table to name.
    if (!r.hasSecondary() && reverse.hasSecondary() && !r.shape().isCollection()) {
      // Mirrored sides must join the same way; without this, a foreign key that happens to link
      // the two entities would silently pair a one-to-many with a many-to-many.
      report.add(
          Message.SECONDARY_MISMATCH,
          Sites.attribute(r, "secondary"),
          "This side has no secondary",
          targetSimple,
          reverse.name(),
          Sites.simple(reverse.secondaryName()) + ".class");
    }
    if (r.hasSecondary()
        && reverse.hasSecondary()
        && !r.secondaryName().equals(reverse.secondaryName())) {
      report.add(
          Message.SECONDARY_MISMATCH,
          Sites.attribute(r, "secondary"),
          "secondary = " + Sites.simple(r.secondaryName()) + ".class",
          targetSimple,
          reverse.name(),
          Sites.simple(reverse.secondaryName()) + ".class");
    }
  }

  /** Two mirrored sides joined through different foreign keys would link different rows. */
  private static void keyMismatch(
      Model model,
      RelationshipModel r,
      RelationshipModel reverse,
      ValidationReport.Builder report) {
    if (model.resolution(r).join() instanceof JoinModel.ForeignKeyJoin mine
        && model.resolution(reverse).join() instanceof JoinModel.ForeignKeyJoin theirs
        && !mine.foreignKey().equals(theirs.foreignKey())) {
      report.add(
          Message.BACK_POPULATES_KEY_MISMATCH,
          Sites.attribute(r, "backPopulates"),
          r.backPopulates(),
          Sites.member(r),
          Sites.member(mine.foreignKey()),
          Sites.member(reverse),
          Sites.member(theirs.foreignKey()),
          mine.foreignKey().javaName());
    }
  }

  private static boolean hasField(EntityModel entity, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(entity.element().getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }
}
