package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import org.relata.Cascade;
import org.relata.Lazy;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.Annotations;
import org.relata.processor.model.BackrefModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;
import org.relata.processor.model.Shape;

/**
 * Checks every {@code @Backref}: it sits next to a {@code @Relationship} without {@code
 * backPopulates}, and its name is free on the target. Each one also gets the note (or, by option,
 * warning or error) that shows the explicit declaration replacing it.
 */
final class BackrefValidator {
  /** {@code -Arelata.backref=note|warning|error}. */
  static final String OPTION = "relata.backref";

  private BackrefValidator() {}

  static ValidationReport validate(Model model) {
    ValidationReport.Builder report = ValidationReport.builder();
    Diagnostic.Kind legacyKind = legacyKind(model, report);
    for (EntityModel e : model.entities()) {
      if (!e.inCompilation()) {
        continue;
      }
      for (VariableElement field : ElementFilter.fieldsIn(e.element().getEnclosedElements())) {
        if (Annotations.find(field, Annotations.BACKREF) != null
            && Annotations.find(field, Annotations.RELATIONSHIP) == null) {
          Location where = Location.value(field, Annotations.BACKREF, "value");
          report.add(
              Message.BACKREF_WITHOUT_RELATIONSHIP,
              where,
              where.value() == null ? "" : where.value().getValue(),
              e.element().getSimpleName() + "." + field.getSimpleName());
        }
      }
      for (RelationshipModel r : e.relationships()) {
        if (r.backref() != null) {
          validate(model, r, legacyKind, report);
        }
      }
    }
    return report.build();
  }

  private static void validate(
      Model model,
      RelationshipModel r,
      Diagnostic.Kind legacyKind,
      ValidationReport.Builder report) {
    BackrefModel b = r.backref();
    Location where = new Location(r.field(), b.annotation(), b.value("value"));
    EntityModel target = model.resolution(r).target();
    if (!r.backPopulates().isEmpty()) {
      String targetSimple =
          target == null
              ? Sites.simple(r.targetName())
              : target.element().getSimpleName().toString();
      report.add(
          Message.BACKREF_WITH_BACK_POPULATES,
          where,
          Sites.member(r),
          b.name(),
          r.backPopulates(),
          targetSimple);
      return;
    }
    if (target == null) {
      return; // the relationship itself is reported
    }
    if (!target.inCompilation()) {
      // The target's XRelations is already compiled into its jar: nothing can add the side.
      String targetSimple = target.element().getSimpleName().toString();
      report.add(
          Message.BACKREF_ACROSS_MODULES,
          where,
          b.name(),
          Sites.member(r),
          target.qualifiedName(),
          target.relationsName(),
          targetSimple,
          b.name(),
          Sites.member(r),
          r.owner().getSimpleName(),
          targetSimple);
      return;
    }
    boolean free = true;
    for (VariableElement field : ElementFilter.fieldsIn(target.element().getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(b.name())) {
        report.add(
            Message.BACKREF_CLASH, where, b.name(), target.qualifiedName(), b.name(), r.name());
        free = false;
      }
    }
    for (RelationshipModel other : model.relationshipsOf(target)) {
      if (other.isMaterialized() && other.origin() != r && other.name().equals(b.name())) {
        report.add(
            Message.BACKREF_DUPLICATE,
            where,
            b.name(),
            target.qualifiedName(),
            Sites.member(other.origin()));
        free = false;
      }
    }
    RelationshipModel generated = generatedBy(model, r);
    if (free && generated != null) {
      String targetSimple = target.element().getSimpleName().toString();
      report.add(
          legacyKind,
          Message.BACKREF_LEGACY,
          where,
          b.name(),
          targetSimple,
          b.name(),
          b.name(),
          Sites.member(r),
          targetSimple,
          declaration(r, generated));
    }
  }

  /** The explicit declaration of {@code generated}, as the user would paste it on the target. */
  static String declaration(RelationshipModel origin, RelationshipModel generated) {
    List<String> attributes = new ArrayList<>();
    attributes.add("backPopulates = \"" + origin.name() + "\"");
    if (origin.hasSecondary()) {
      attributes.add("secondary = " + Sites.simple(origin.secondaryName()) + ".class");
    }
    if (!origin.foreignKey().isEmpty()) {
      attributes.add("foreignKey = \"" + origin.foreignKey() + "\"");
    }
    if (generated.lazy() != Lazy.SELECT) {
      attributes.add("lazy = Lazy." + generated.lazy());
    }
    if (!generated.cascade().equals(List.of(Cascade.SAVE_UPDATE, Cascade.MERGE))) {
      List<String> cascades = new ArrayList<>();
      generated.cascade().forEach(c -> cascades.add("Cascade." + c));
      attributes.add("cascade = {" + String.join(", ", cascades) + "}");
    }
    if (generated.passiveDeletes()) {
      attributes.add("passiveDeletes = true");
    }
    if (generated.viewonly()) {
      attributes.add("viewonly = true");
    }
    if (!generated.orderBy().isEmpty()) {
      attributes.add("orderBy = \"" + generated.orderBy() + "\"");
    }
    String element = origin.owner().getSimpleName().toString();
    String type =
        generated.shape() == Shape.SCALAR
            ? element
            : capitalized(generated.shape()) + "<" + element + ">";
    return "@Relationship("
        + String.join(", ", attributes)
        + ") "
        + type
        + " "
        + generated.name()
        + ";";
  }

  private static String capitalized(Shape shape) {
    String name = shape.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static RelationshipModel generatedBy(Model model, RelationshipModel origin) {
    return model.materializedFrom(origin);
  }

  /** The kind legacy backrefs are reported with; an unknown option value gets a warning. */
  private static Diagnostic.Kind legacyKind(Model model, ValidationReport.Builder report) {
    String option = model.options().get(OPTION);
    if (option == null) {
      return Diagnostic.Kind.NOTE;
    }
    switch (option.trim().toLowerCase(Locale.ROOT)) {
      case "note":
        return Diagnostic.Kind.NOTE;
      case "warning":
        return Diagnostic.Kind.WARNING;
      case "error":
        return Diagnostic.Kind.ERROR;
      default:
        report.add(Message.BACKREF_OPTION_INVALID, null, option);
        return Diagnostic.Kind.NOTE;
    }
  }
}
