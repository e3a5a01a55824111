package org.relata.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can print, each with a stable id, its kind and its text.
 *
 * <p>The id appears in the message as {@code [Relata/Id]}; tests and users grep for it, so it never
 * changes once released. Each text names the culprit and says how to fix it.
 */
public enum Message {
  // ---- backPopulates ---------------------------------------------------------------------
  BACK_POPULATES_MISSING(
      "BackPopulatesMissing",
      Diagnostic.Kind.ERROR,
      "backPopulates = \"%s\": %s has no field named \"%s\".%s"
          + " Name the relationship field on %s that points back to %s."),
  BACK_POPULATES_NOT_RELATIONSHIP(
      "BackPopulatesNotRelationship",
      Diagnostic.Kind.ERROR,
      "backPopulates = \"%s\": %s.%s is not a relationship."
          + " Annotate it with @Relationship(backPopulates = \"%s\"), or name another field."),
  BACK_POPULATES_WRONG_TARGET(
      "BackPopulatesWrongTarget",
      Diagnostic.Kind.ERROR,
      "backPopulates = \"%s\": %s.%s is a relationship to %s, not to %s."
          + " Name a relationship on %s whose target is %s."),
  BACK_POPULATES_MISMATCH(
      "BackPopulatesMismatch",
      Diagnostic.Kind.ERROR,
      "backPopulates = \"%s\": %s.%s says backPopulates = \"%s\", not \"%s\"."
          + " The two sides must name each other: set backPopulates = \"%s\" on %s.%s."),

  BACK_POPULATES_KEY_MISMATCH(
      "BackPopulatesKeyMismatch",
      Diagnostic.Kind.ERROR,
      "backPopulates = \"%s\": %s joins on %s, but its reverse %s joins on %s, so the two"
          + " sides would describe different links. Use the same key on both: foreignKey = \"%s\"."),

  BACK_POPULATES_ACROSS_MODULES(
      "BackPopulatesAcrossModules",
      Diagnostic.Kind.ERROR,
      "backPopulates = \"%s\": %s comes from another compilation (a jar or another module) and"
          + " has no relationship \"%s\", and a class compiled elsewhere cannot gain one from"
          + " here.%s Remove backPopulates to keep %s one-way, or move %s into the module of %s"
          + " and declare %s.%s there."),

  // ---- @Backref ----------------------------------------------------------------------------
  BACKREF_WITH_BACK_POPULATES(
      "BackrefWithBackPopulates",
      Diagnostic.Kind.ERROR,
      "%s has both @Backref(\"%s\") and backPopulates = \"%s\"; use one."
          + " Remove @Backref and declare the reverse side on %s, or remove backPopulates."),
  BACKREF_WITHOUT_RELATIONSHIP(
      "BackrefWithoutRelationship",
      Diagnostic.Kind.ERROR,
      "@Backref(\"%s\") on %s needs a @Relationship on the same field; add @Relationship."),
  BACKREF_CLASH(
      "BackrefClash",
      Diagnostic.Kind.ERROR,
      "@Backref(\"%s\") clashes with the field %s.%s; pick another backref name"
          + " or declare the reverse side there with @Relationship(backPopulates = \"%s\")."),
  BACKREF_DUPLICATE(
      "BackrefDuplicate",
      Diagnostic.Kind.ERROR,
      "@Backref(\"%s\") is also generated onto %s by %s; give each backref its own name."),
  BACKREF_ACROSS_MODULES(
      "BackrefAcrossModules",
      Diagnostic.Kind.ERROR,
      "@Backref(\"%s\") on %s: %s comes from another compilation (a jar or another module), so"
          + " its generated base %s cannot be written here and %s.%s would not exist. Remove"
          + " @Backref to keep %s one-way, or move %s into the module of %s and declare both"
          + " sides there with backPopulates."),
  BACKREF_LEGACY(
      "BackrefLegacy",
      Diagnostic.Kind.NOTE,
      "@Backref(\"%s\") generates %s.%s. To declare it explicitly instead, replace @Backref"
          + " with @Relationship(backPopulates = \"%s\") on %s and add to %s: %s"),
  BACKREF_OPTION_INVALID(
      "BackrefOptionInvalid",
      Diagnostic.Kind.WARNING,
      "-Arelata.backref=%s is not understood; use note, warning or error. Using note."),

  // ---- foreign keys --------------------------------------------------------------------------
  FOREIGN_KEY_MISSING(
      "ForeignKeyMissing",
      Diagnostic.Kind.ERROR,
      "%s: no foreign key links %s and %s. Add @ForeignKey(%s.class) to a field of %s%s."),
  FOREIGN_KEY_AMBIGUOUS(
      "ForeignKeyAmbiguous",
      Diagnostic.Kind.ERROR,
      "%s: several foreign keys could serve (%s). Choose one with foreignKey = \"%s\"."),
  FOREIGN_KEY_UNKNOWN(
      "ForeignKeyUnknown",
      Diagnostic.Kind.ERROR,
      "foreignKey = \"%s\": %s.%s Name the @ForeignKey field that joins %s and %s."),
  FOREIGN_KEY_WRONG_TARGET(
      "ForeignKeyWrongTarget",
      Diagnostic.Kind.ERROR,
      "foreignKey = \"%s\": %s, so it cannot join %s and %s. Name a @ForeignKey field of one"
          + " that references the other."),
  FOREIGN_KEY_TYPE_MISMATCH(
      "ForeignKeyTypeMismatch",
      Diagnostic.Kind.ERROR,
      "%s has type %s, but it references %s, of type %s. Declare it as %s."),
  FOREIGN_KEY_TARGET_NOT_ENTITY(
      "ForeignKeyTargetNotEntity",
      Diagnostic.Kind.ERROR,
      "@ForeignKey(%s.class) on %s: %s is not an @Entity with a single @Id."
          + " Reference an entity, or annotate %s with @Entity and one @Id field."),

  // ---- secondary (many-to-many) --------------------------------------------------------------
  SECONDARY_REQUIRED(
      "SecondaryRequired",
      Diagnostic.Kind.ERROR,
      "%s and %s.%s are both collections, so this is a many-to-many; it needs an association"
          + " table. %s"),
  SECONDARY_MISSING_ON_ONE_SIDE(
      "SecondaryMissingOnOneSide",
      Diagnostic.Kind.ERROR,
      "%s has no secondary, but its reverse side %s says secondary = %s.class, and both sides"
          + " of a many-to-many name the same association table. Add secondary = %s.class here."),
  SECONDARY_NOT_TABLE(
      "SecondaryNotTable",
      Diagnostic.Kind.ERROR,
      "secondary = %s.class: %s is neither an @AssociationTable nor an @Entity."
          + " Annotate it with @AssociationTable(\"table_name\")."),
  SECONDARY_FOREIGN_KEY_MISSING(
      "SecondaryForeignKeyMissing",
      Diagnostic.Kind.ERROR,
      "secondary = %s.class: %s has no @ForeignKey(%s.class) field, so it cannot link %s."
          + " Add one."),
  SECONDARY_MISMATCH(
      "SecondaryMismatch",
      Diagnostic.Kind.ERROR,
      "%s, but the reverse side %s.%s says secondary = %s. Both sides of a many-to-many must"
          + " name the same association table."),
  SECONDARY_OVERLAP(
      "SecondaryOverlap",
      Diagnostic.Kind.WARNING,
      "%s and the association object %s both write the table \"%s\", so their changes can"
          + " conflict. Add viewonly = true to %s, and make changes through %s."),

  // ---- direction and target ------------------------------------------------------------------
  DIRECTION_AMBIGUOUS(
      "DirectionAmbiguous",
      Diagnostic.Kind.ERROR,
      "%s: both %s and %s hold a foreign key to each other (%s and %s), so the direction is"
          + " ambiguous. Choose the key with foreignKey = \"%s\" or foreignKey = \"%s\"."),
  TARGET_NOT_ENTITY(
      "TargetNotEntity",
      Diagnostic.Kind.ERROR,
      "%s is a relationship to %s, which is not an @Entity. Annotate %s with @Entity,"
          + " or target an entity."),
  UNSUPPORTED_TYPE(
      "UnsupportedType",
      Diagnostic.Kind.ERROR,
      "%s has type %s, which a relationship cannot hold. Use an entity type, or"
          + " List<E>, Set<E> or Collection<E> of one."),
  RELATIONSHIP_PRIVATE(
      "RelationshipPrivate",
      Diagnostic.Kind.ERROR,
      "%s is private, but the generated %s must read and write it without reflection."
          + " Make it package-private (remove private)."),
  RELATIONSHIP_STATIC(
      "RelationshipStatic",
      Diagnostic.Kind.ERROR,
      "%s is static; a relationship belongs to each object. Remove static."),
  FIELD_FINAL(
      "FieldFinal",
      Diagnostic.Kind.ERROR,
      "%s is final, but Relata writes it when it loads an object and, for a relationship, when it"
          + " installs the live collection or mirrors a change. Remove final."),
  RELATIONSHIP_OUTSIDE_ENTITY(
      "RelationshipOutsideEntity",
      Diagnostic.Kind.ERROR,
      "@%s on %s: %s is not an @Entity, so nothing maps this field. Annotate %s with @Entity,"
          + " or remove @%s."),

  // ---- cascades ------------------------------------------------------------------------------
  DELETE_ORPHAN_NOT_SINGLE_PARENT(
      "DeleteOrphanNotSingleParent",
      Diagnostic.Kind.ERROR,
      "cascade DELETE_ORPHAN on %s, a %s: an orphan is an object taken from its only parent, but"
          + " along a %s a %s can have many parents, so it would never be deleted as an orphan."
          + " Cascade DELETE instead, or put DELETE_ORPHAN on a one-to-many side%s."),

  // ---- entities ------------------------------------------------------------------------------
  ENTITY_NOT_A_CLASS(
      "EntityNotAClass",
      Diagnostic.Kind.ERROR,
      "@Entity %s is %s, but an entity must be a class: the runtime creates its objects and"
          + " writes their fields, and it extends its generated base. Declare %s as a class,"
          + " or remove @Entity."),
  ID_MISSING(
      "IdMissing",
      Diagnostic.Kind.ERROR,
      "@Entity %s has no @Id field. Mark its primary-key field with @Id."),
  RELATIONS_BASE_MISSING(
      "RelationsBaseMissing",
      Diagnostic.Kind.ERROR,
      "%s has relationships, so it must extend its generated base: declare"
          + " `class %s extends %s`."),
  NO_ARG_CONSTRUCTOR_MISSING(
      "NoArgConstructorMissing",
      Diagnostic.Kind.ERROR,
      "@Entity %s has no non-private no-argument constructor, which it needs to be loadable."
          + " Add `%s() {}`."),
  COLUMN_INACCESSIBLE(
      "ColumnInaccessible",
      Diagnostic.Kind.ERROR,
      "Column field %s is private and has no JavaBean %s. Make the field package-private,"
          + " or add `%s`."),

  LOMBOK_ORDER(
      "LombokOrder",
      Diagnostic.Kind.ERROR,
      "Lombok's %s %s, but Lombok has not run yet, so Relata cannot use it. List Lombok"
          + " before relata-processor in annotationProcessorPaths (with javac -processorpath, put"
          + " the Lombok jar first)."),
  RELATIONSHIP_ACCESSOR_OVERRIDDEN(
      "RelationshipAccessorOverridden",
      Diagnostic.Kind.ERROR,
      "%s overrides %s() of the generated %s, which keeps both sides of %s in step and loads it"
          + " on first access; the override would bypass both. %s"),

  // ---- SQL names -----------------------------------------------------------------------------
  SQL_NAME_INVALID(
      "SqlNameInvalid",
      Diagnostic.Kind.ERROR,
      "The %s name \"%s\" is not a plain SQL name. Use only letters, digits and underscores,"
          + " not starting with a digit (names are quoted, so keywords such as user are fine)."),
  ORDER_BY_INVALID(
      "OrderByInvalid",
      Diagnostic.Kind.ERROR,
      "orderBy = \"%s\": \"%s\" is not a column name with an optional ASC or DESC."
          + " Write comma-separated columns, such as \"email DESC, id\"."),
  ORDER_BY_CONTROL_CHARACTER(
      "OrderByControlCharacter",
      Diagnostic.Kind.ERROR,
      "orderBy = \"%s\" contains %s. Separate the words with spaces, such as \"email DESC, id\"."),
  ORDER_BY_UNKNOWN_COLUMN(
      "OrderByUnknownColumn",
      Diagnostic.Kind.ERROR,
      "orderBy = \"%s\": %s has no column \"%s\".%s Columns of %s: %s."),

  // ---- Jakarta Data repositories --------------------------------------------------------------
  REPOSITORY_NOT_INTERFACE(
      "RepositoryNotInterface",
      Diagnostic.Kind.ERROR,
      "@Repository %s is %s, but Relata implements repositories declared as interfaces."
          + " Declare %s as an interface."),
  REPOSITORY_METHOD_UNSUPPORTED("RepositoryMethodUnsupported", Diagnostic.Kind.ERROR, "%s: %s %s"),
  FIND_PARAMETER_UNKNOWN(
      "FindParameterUnknown",
      Diagnostic.Kind.ERROR,
      "%s: %s has no field \"%s\".%s Name the parameter after a field of %s, or add"
          + " @By(\"field\"). Fields of %s: %s."),
  FIND_PARAMETER_TYPE_MISMATCH(
      "FindParameterTypeMismatch",
      Diagnostic.Kind.ERROR,
      "%s: the parameter %s has type %s, but %s.%s has type %s. Declare the parameter as %s."),
  REPOSITORY_ORDER_BY_UNKNOWN(
      "RepositoryOrderByUnknown",
      Diagnostic.Kind.ERROR,
      "@OrderBy(\"%s\") on %s: %s has no field \"%s\".%s Order by one of: %s."),
  RETURN_TYPE_UNSUPPORTED(
      "ReturnTypeUnsupported", Diagnostic.Kind.ERROR, "%s returns %s, which %s cannot return. %s"),
  LIFECYCLE_PARAMETER_NOT_ENTITY(
      "LifecycleParameterNotEntity",
      Diagnostic.Kind.ERROR,
      "%s: @%s takes %s, not %s. Take one %s, or a List or array of them."),
  FETCH_UNKNOWN(
      "FetchUnknown",
      Diagnostic.Kind.ERROR,
      "@Fetch(\"%s\") on %s: %s has no relationship \"%s\".%s Relationships of %s: %s."),

  // ---- existing schemas: generated columns ------------------------------------------------
  GENERATED_COLUMN_INVALID(
      "GeneratedColumnInvalid",
      Diagnostic.Kind.ERROR,
      "%s is %s, whose value Relata writes, but @Column(generated = true) says the database"
          + " supplies it. Remove generated = true%s."),

  // ---- the processor itself ------------------------------------------------------------------
  INTERNAL_ERROR(
      "InternalError",
      Diagnostic.Kind.ERROR,
      "Relata failed while processing %s; please report this. %s");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String format;

  Message(String id, Diagnostic.Kind kind, String format) {
    this.id = id;
    this.kind = kind;
    this.format = format;
  }

  /** The stable id, such as {@code BackPopulatesMissing}. */
  public String id() {
    return id;
  }

  /** The tag that starts every printed message, such as {@code [Relata/BackPopulatesMissing]}. */
  public String tag() {
    return "[Relata/" + id + "]";
  }

  /** The kind the message is printed with, unless an option overrides it. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The full text: the tag, then the format applied to {@code args}. */
  public String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, format, args);
  }
}
