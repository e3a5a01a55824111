package org.relata.processor.fuzz;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;

/**
 * One kind of configuration mistake that the fuzzer plants in a valid model, with the Relata
 * messages that catch it. Each edit changes exactly one thing and describes it; it returns null
 * when the model has no place for this mistake.
 */
enum Mutation {
  BACK_POPULATES_RENAMED(RelationshipEdits::renameBackPopulates, "BackPopulatesMissing"),
  BACK_POPULATES_NAMES_COLUMN(
      RelationshipEdits::backPopulatesNamesColumn, "BackPopulatesNotRelationship"),
  BACK_POPULATES_WRONG_TARGET(
      RelationshipEdits::backPopulatesWrongTarget, "BackPopulatesWrongTarget"),
  BACK_POPULATES_THIRD_SIDE(
      RelationshipEdits::backPopulatesThirdSide,
      "BackPopulatesMismatch",
      "BackPopulatesKeyMismatch",
      "SecondaryRequired"),
  FOREIGN_KEY_REMOVED(KeyEdits::removeForeignKey, "ForeignKeyMissing", "ForeignKeyUnknown"),
  SECONDARY_KEY_REMOVED(KeyEdits::removeSecondaryKey, "SecondaryForeignKeyMissing"),
  FOREIGN_KEY_WRONG_TYPE(KeyEdits::wrongType, "ForeignKeyTypeMismatch"),
  FOREIGN_KEY_TO_NON_ENTITY(KeyEdits::referenceNonEntity, "ForeignKeyTargetNotEntity"),
  FOREIGN_KEY_UNKNOWN(KeyEdits::unknownForeignKey, "ForeignKeyUnknown"),
  FOREIGN_KEY_NOT_A_KEY(KeyEdits::foreignKeyNamesColumn, "ForeignKeyWrongTarget"),
  FOREIGN_KEY_AMBIGUOUS(KeyEdits::secondKey, "ForeignKeyAmbiguous", "DirectionAmbiguous"),
  DIRECTION_AMBIGUOUS(KeyEdits::keyBothWays, "DirectionAmbiguous"),
  RELATIONSHIP_PRIVATE(RelationshipEdits::makePrivate, "RelationshipPrivate"),
  RELATIONSHIP_STATIC(RelationshipEdits::makeStatic, "RelationshipStatic"),
  UNSUPPORTED_TYPE(RelationshipEdits::unsupportedType, "UnsupportedType", "TargetNotEntity"),
  TARGET_NOT_ENTITY(RelationshipEdits::targetNotEntity, "TargetNotEntity"),
  COLLECTION_TO_COLLECTION(RelationshipEdits::collectionToCollection, "SecondaryRequired"),
  SECONDARY_DROPPED_ON_ONE_SIDE(
      RelationshipEdits::dropSecondaryOnOneSide,
      "SecondaryMissingOnOneSide",
      "SecondaryMismatch",
      "SecondaryRequired"),
  SECONDARY_NOT_TABLE(ClassEdits::unannotateTable, "SecondaryNotTable"),
  SECONDARY_MISMATCH(RelationshipEdits::secondaryMismatch, "SecondaryMismatch"),
  BACKREF_DUPLICATE(RelationshipEdits::duplicateBackref, "BackrefDuplicate"),
  BACKREF_CLASH(RelationshipEdits::backrefClash, "BackrefClash"),
  BACKREF_WITH_BACK_POPULATES(
      RelationshipEdits::backrefWithBackPopulates, "BackrefWithBackPopulates"),
  BACKREF_WITHOUT_RELATIONSHIP(
      RelationshipEdits::backrefWithoutRelationship, "BackrefWithoutRelationship"),
  ORDER_BY_UNKNOWN_COLUMN(RelationshipEdits::orderByUnknownColumn, "OrderByUnknownColumn"),
  ORDER_BY_INJECTION(RelationshipEdits::orderByInjection, "OrderByInvalid"),
  TABLE_NAME_INJECTION(ClassEdits::tableNameInjection, "SqlNameInvalid"),
  COLUMN_NAME_INJECTION(ClassEdits::columnNameInjection, "SqlNameInvalid"),
  COLUMN_PRIVATE(ClassEdits::privateColumn, "ColumnInaccessible"),
  ID_REMOVED(ClassEdits::removeId, "IdMissing"),
  RELATIONS_BASE_DROPPED(ClassEdits::dropRelationsBase, "RelationsBaseMissing"),
  NO_ARG_CONSTRUCTOR_REMOVED(ClassEdits::argsOnlyConstructor, "NoArgConstructorMissing"),
  RELATIONSHIP_OUTSIDE_ENTITY(ClassEdits::strayRelationship, "RelationshipOutsideEntity"),
  ENTITY_OF_WRONG_KIND(ClassEdits::entityOfWrongKind),
  ASSOCIATION_OBJECT_OVERLAP(
      ClassEdits::writableShortcut, Diagnostic.Kind.WARNING, "SecondaryOverlap"),
  ENTITY_ANNOTATION_REMOVED(
      ClassEdits::unannotateEntity,
      "TargetNotEntity",
      "ForeignKeyTargetNotEntity",
      "RelationshipOutsideEntity",
      "SecondaryNotTable");

  /** Edits a model in place, returning what it changed, or null when nothing fits. */
  @FunctionalInterface
  interface Edit {
    String apply(ModelSpec model, Random random);
  }

  private final Edit edit;
  private final Diagnostic.Kind severity;
  private final Set<String> expected;

  /**
   * A mistake that must be an error with one of the {@code expected} ids; none listed means any id.
   */
  Mutation(Edit edit, String... expected) {
    this(edit, Diagnostic.Kind.ERROR, expected);
  }

  Mutation(Edit edit, Diagnostic.Kind severity, String... expected) {
    this.edit = edit;
    this.severity = severity;
    // Sorted, so that the summary reads the same every run.
    this.expected = new TreeSet<>(List.of(expected));
  }

  /**
   * Plants this mistake in {@code model}; returns what changed, or null when it has no place for
   * it.
   */
  String apply(ModelSpec model, Random random) {
    return edit.apply(model, random);
  }

  /** The Relata ids of which at least one must be reported; empty means any. */
  Set<String> expected() {
    return expected;
  }

  /** How the mistake must be reported: an error, or (for a risky but legal model) a warning. */
  Diagnostic.Kind severity() {
    return severity;
  }

  /** Hostile names for tables and columns: each must be refused, never reach SQL. */
  static final List<String> HOSTILE_NAMES =
      List.of(
          "x; drop table y",
          "user\"; drop table \"y",
          "name--",
          "a b",
          "1abc",
          "t.x",
          "[x]",
          "x/*",
          "na\u00efve",
          "tab\tle",
          "x' or '1'='1",
          "`x`");

  /** Hostile {@code orderBy} values: each must be refused. */
  static final List<String> HOSTILE_ORDER_BYS =
      List.of(
          "id; drop table y",
          "id desc; delete from x",
          "id) or (1=1",
          "id --",
          "id/**/desc",
          "\"id\"",
          "id desc desc",
          "id,",
          "id nulls first",
          "(select 1)",
          "id collate x",
          "id; ");
}
