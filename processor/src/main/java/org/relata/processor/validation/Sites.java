package org.relata.processor.validation;

import javax.lang.model.element.Element;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.model.ColumnModel;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.RelationshipModel;

/** Where diagnostics about model parts go, and how messages name those parts. */
final class Sites {
  private Sites() {}

  /**
   * The attribute {@code attribute} of {@code r}'s annotation. A side materialized from a
   * {@code @Backref} has no field of its own, so its diagnostics go on the {@code @Backref}.
   */
  static Location attribute(RelationshipModel r, String attribute) {
    return new Location(fieldOf(r), r.annotation(), r.value(attribute));
  }

  /** {@code r}'s annotation as a whole, for problems no single attribute causes. */
  static Location annotation(RelationshipModel r) {
    return new Location(fieldOf(r), r.annotation(), null);
  }

  /** The field that declares {@code r}, or that carries the {@code @Backref} producing it. */
  static Element fieldOf(RelationshipModel r) {
    return r.isMaterialized() ? r.origin().field() : r.field();
  }

  /** The {@code value} of a column's {@code @ForeignKey}. */
  static Location foreignKey(ColumnModel c) {
    return new Location(c.element(), c.foreignKey().annotation(), c.foreignKey().targetValue());
  }

  /** The entity class itself: the IDE underlines its name. */
  static Location entity(EntityModel e) {
    return Location.of(e.element());
  }

  /** {@code Owner.name}, as messages name a relationship side. */
  static String member(RelationshipModel r) {
    return r.owner().getSimpleName() + "." + r.name();
  }

  /** {@code Owner.field}, as messages name a column. */
  static String member(ColumnModel c) {
    return c.element().getEnclosingElement().getSimpleName() + "." + c.javaName();
  }

  /** The simple name of a qualified class name, as written in code snippets. */
  static String simple(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
