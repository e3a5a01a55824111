package org.relata.processor.validation;

import org.relata.Cascade;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.Direction;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Resolution;

/**
 * Checks each side's cascades against its direction: {@code DELETE_ORPHAN} means "delete the child
 * taken from its one parent", which a many-to-many or a many-to-one cannot tell (SQLAlchemy asks
 * for {@code single_parent=True} there), so it would compile into a cascade that never fires.
 */
final class CascadeValidator {
  private CascadeValidator() {}

  static ValidationReport validate(Model model) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (RelationshipModel r : model.relationships()) {
      EntityModel declaring = model.entity(r.isMaterialized() ? r.origin().owner() : r.owner());
      if (declaring == null || !declaring.inCompilation() || r.viewonly()) {
        continue;
      }
      Resolution resolution = model.resolution(r);
      Direction direction = resolution.isResolved() ? resolution.direction() : null;
      if (!r.cascade().contains(Cascade.DELETE_ORPHAN)
          || (direction != Direction.MANY_TO_MANY && direction != Direction.MANY_TO_ONE)) {
        continue;
      }
      boolean manyToMany = direction == Direction.MANY_TO_MANY;
      String target = Sites.simple(r.targetName());
      RelationshipModel reverse = reverseOf(model, r);
      String hint = manyToMany || reverse == null ? "" : " such as " + Sites.member(reverse);
      report.add(
          Message.DELETE_ORPHAN_NOT_SINGLE_PARENT,
          Sites.attribute(r, "cascade"),
          Sites.member(r),
          manyToMany ? "many-to-many" : "many-to-one",
          manyToMany ? "many-to-many" : "many-to-one",
          target,
          hint);
    }
    return report.build();
  }

  /** The side of {@code r}'s target that mirrors it, or null. */
  private static RelationshipModel reverseOf(Model model, RelationshipModel r) {
    EntityModel target = model.entity(r.targetName());
    if (target == null) {
      return null;
    }
    for (RelationshipModel other : model.relationshipsOf(target)) {
      if (other != r
          && other.targetName().equals(r.ownerName())
          && (other.name().equals(r.backPopulates()) || other.backPopulates().equals(r.name()))) {
        return other;
      }
    }
    return null;
  }
}
